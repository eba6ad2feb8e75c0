package uringcheck.model.lifecycle.program;

/**
 * A named driver list of pool objects (a {@code struct list_head} such as {@code queue->fuse_req_queue}).
 * Each object has one {@code list_head}, so it is on at most one list at a time; members keep the order
 * {@code list_add} (at the head) and {@code list_add_tail} give them.
 *
 * @param name the list's name
 * @param pos  where the scenario file declares it
 */
public record ListDecl(String name, Pos pos) {
}

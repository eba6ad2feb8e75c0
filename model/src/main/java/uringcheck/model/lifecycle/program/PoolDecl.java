package uringcheck.model.lifecycle.program;

/**
 * A bounded pool of driver-owned objects (a {@code kmem_cache} of {@code fuse_req}s, the tags of a blk-mq
 * tag set): at most {@code size} of them are allocated at once. An object is free or allocated; a handle to
 * it is a {@link uringcheck.model.lifecycle.state.Value.Kind#OBJECT} value. {@link Alloc} takes the
 * lowest-numbered free object and waits while none is free ({@code blk_mq_get_tag} sleeps for a tag;
 * an allocation that may fail instead is a {@link MayFail} around it).
 *
 * @param name the pool's name
 * @param size how many objects it holds, at least 1
 * @param pos  where the scenario file declares it
 */
public record PoolDecl(String name, int size, Pos pos) {

    public PoolDecl {
        if (size < 1) {
            throw new IllegalArgumentException("a pool holds at least one object");
        }
    }
}

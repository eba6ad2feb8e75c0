package uringcheck.model.lifecycle.state;

/**
 * The one task-work node a request has ({@code req->io_task_work}; SPEC §3: at most one pending).
 */
public enum TaskWorkKind {
    /** Nothing pending. */
    NONE,
    /** {@code io_uring_cmd_complete_in_task}: the driver's task-work callback ({@code io_uring_cmd_work}). */
    DRIVER,
    /** The core's {@code io_req_task_complete}: posts the CQE and frees the request. */
    CORE
}

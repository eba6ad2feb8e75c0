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
    CORE,
    /**
     * {@code io_free_req} after {@code io_wq_free_work} dropped io-wq's reference: the core's
     * {@code io_req_task_complete} with {@code REQ_F_CQE_SKIP}, which frees the request without a CQE.
     */
    FREE
}

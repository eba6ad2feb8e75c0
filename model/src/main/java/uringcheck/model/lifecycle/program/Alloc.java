package uringcheck.model.lifecycle.program;

/**
 * {@code x = alloc(pool)}: takes the lowest-numbered free object of {@code pool} and binds a handle to it
 * to local {@code into}. One atomic step, which waits while every object of the pool is allocated (as
 * {@code blk_mq_get_tag} sleeps until a tag is freed). An allocation that may fail is written as a
 * {@link MayFail} with the allocation in its success block.
 */
public record Alloc(String pool, String into, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.alloc(this);
    }
}

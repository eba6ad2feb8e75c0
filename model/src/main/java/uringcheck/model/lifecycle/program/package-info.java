/**
 * Driver programs: the handlers a driver registers ({@code uring_cmd}, {@code cancel}, {@code release},
 * named kworker / IRQ / task-work handlers) as short programs of atomic statements over a small
 * vocabulary, the device fields and locks they use, and the environment they run in. The abstraction a
 * program is written against is {@code lifecycle.abstraction}'s.
 *
 * <p>Entry points: {@link uringcheck.model.lifecycle.program.DriverProgram},
 * {@link uringcheck.model.lifecycle.program.Statement} (with
 * {@link uringcheck.model.lifecycle.program.StatementVisitor}),
 * {@link uringcheck.model.lifecycle.program.Environment}. These are plain data: scenario files are
 * parsed into them (checks) and the lifecycle model interprets them. Statements, handlers, fields and
 * locks carry the {@link uringcheck.model.lifecycle.program.Pos} they were read from.
 */
package uringcheck.model.lifecycle.program;

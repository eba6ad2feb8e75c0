package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.state.Hole;

/** The Rust-like rendering of programs, as the report shows them. */
class RustPrinterTest {

    @Test
    void holeBReadsLikeRust() {
        SweepResult seed = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.SEED).restrictedTo(List.of(
                "queue", "store(tf,t)", "load(tf,u)", "return Ok(u)")), 4);
        Finding b = seed.holes().get(Hole.B);
        assertEquals("""
                // abstraction: seed
                struct Dev { h: PerCmd<Option<QueuedIoUringCmd>>, tf: Mutex<Option<UringCmdAction>> }
                fn uring_cmd(dev: &Dev, cmd: IoUringCmd, issue_flags: u32) -> Result<UringCmdAction> {
                    let (t, q) = cmd.queue();  // 2
                    let u = dev.tf.lock().take();  // 3
                    *dev.tf.lock() = Some(t);  // 4
                    return u.ok_or(EINVAL);  // 5
                }
                """, RustPrinter.render(Abstraction.SEED, b.program().driver()));
    }

    @Test
    void fixedUsesTheCapabilityAndDoneUnlocked() {
        var program = SweepFixtures.program(
                new Handler("uring_cmd", HandlerKind.URING_CMD, List.of(new Queue("cmd", "q", "t", Pos.atLine(2)),
                        new Store("h", "q", Pos.atLine(3)), new ScheduleWork("work", Pos.atLine(4)),
                                new Return(ReturnValue.token("t"), Pos.atLine(5))), Pos.atLine(1)),
                new Handler("work", HandlerKind.KWORKER, List.of(new Load("h", "q", Pos.atLine(7)),
                        new Done("q", 0, FlagsChoice.UNLOCKED, Pos.atLine(8))), Pos.atLine(6)));
        assertEquals("""
                // abstraction: fixed
                struct Dev { h: PerCmd<Option<QueuedIoUringCmd>>, tf: Mutex<Option<UringCmdAction>> }
                fn uring_cmd(dev: &Dev, cmd: IoUringCmd<'_>, cap: &IssueCap<'_>) -> Result<UringCmdAction> {
                    let (t, q) = cmd.queue();  // 2
                    dev.h[this] = Some(q);  // 3
                    workqueue::system().enqueue(work);  // 4
                    return Ok(t);  // 5
                }
                fn work(dev: &Dev, sleepable: &Sleepable) {  // work item, kworker
                    let q = dev.h[this].take();  // 7
                    if let Some(q) = q { q.done_unlocked(0, sleepable); }  // 8
                }
                """, RustPrinter.render(Abstraction.FIXED, program));
    }
}

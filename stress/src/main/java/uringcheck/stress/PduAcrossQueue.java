package uringcheck.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;
import uringcheck.model.concurrent.Cmd;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.LifecycleViolation;
import uringcheck.model.concurrent.Ring;
import uringcheck.model.concurrent.SubmitPath;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * The PDU written by the issuing thread is read by the kworker the command was handed to (O6).
 *
 * <p>io_uring never initialises the 32-byte PDU (SPEC §4): a recycled request carries what its
 * previous user left there. Here the previous user of the request left {@value #PREVIOUS_USER} in it.
 * Actor {@code submitter} submits the next command inline; the driver's {@code uring_cmd} queues it,
 * writes its state (the command's user data, {@value #USER_DATA}) into the PDU with a plain store
 * ({@link Cmd#setPdu}, plain memory like the kernel's) and hands the command to its kworker. Actor
 * {@code kworker} looks at the hand-off once; if the command is there, it reads the PDU and completes
 * the command with that value ({@code done(pdu, UNLOCKED)}).
 *
 * <p>O6 says every later call for the request sees what the driver last wrote. Across threads that
 * needs a happens-before edge from the PDU store to the kworker's load: in the kernel,
 * {@code queue_work} / {@code schedule_work} (a full barrier on the pending bit) or
 * {@code smp_store_release} / {@code smp_load_acquire}. {@link Released} hands the command over through
 * a volatile field (release/acquire); {@link Plain} through a plain field, i.e. a bare
 * {@code WRITE_ONCE} of a pointer with no barrier: the Java memory model then lets the kworker see the
 * command and still read the previous user's PDU.
 *
 * <p>Outcome: what the kworker saw: {@code pending} (the hand-off was not visible yet),
 * {@code pdu=N} (the PDU value it read and completed with), or the refused call.
 */
public final class PduAcrossQueue {
    /** The user data (and PDU) of the request's previous user. */
    static final long PREVIOUS_USER = 1;
    /** The user data of the command under test; the driver writes it into the PDU. */
    static final long USER_DATA = 2;

    private PduAcrossQueue() {
    }

    /** The kworker's body: complete the command with the PDU it reads; what it saw, as the outcome. */
    private static String complete(Cmd cmd) {
        if (cmd == null) {
            return "pending";
        }
        long pdu = cmd.pdu();
        try {
            cmd.done((int) pdu, IssueFlags.UNLOCKED);
        } catch (LifecycleViolation v) {
            return Observed.refused("kworker", v);
        }
        return "pdu=" + pdu;
    }

    /**
     * A ring whose request was used once before: the previous user left {@link #PREVIOUS_USER} in the
     * PDU and completed synchronously, so the request is back on the free list with that PDU.
     */
    private static Ring ringWithUsedRequest(Driver handOff) {
        Driver driver = (cmd, issueFlags) -> {
            if (cmd.userData() == PREVIOUS_USER) {
                cmd.setPdu(PREVIOUS_USER);
                return 0;
            }
            return handOff.uringCmd(cmd, issueFlags);
        };
        Ring ring = new Ring(driver, new StoredWork());
        ring.submit(PREVIOUS_USER, SubmitPath.INLINE);
        return ring;
    }

    /** Correct: the command is published to the kworker with release/acquire (a volatile field). */
    @JCStressTest
    @Description("PDU written by the issuer, read by the kworker after a release/acquire hand-off")
    @Outcome(id = "pending", expect = ACCEPTABLE, desc = "the kworker looked before the hand-off")
    @Outcome(id = "pdu=2", expect = ACCEPTABLE, desc = "the kworker read what the issuer wrote")
    @Outcome(id = "pdu=1", expect = FORBIDDEN,
            desc = "O6 PDU contract: the kworker read the previous user's PDU")
    @Outcome(expect = FORBIDDEN, desc = "O6 PDU contract / O12: anything else")
    @State
    public static class Released {
        private volatile Cmd handedOff;
        private final Ring ring = ringWithUsedRequest(this::issue);

        private int issue(Cmd cmd, int issueFlags) {
            cmd.queue();
            cmd.setPdu(cmd.userData());
            handedOff = cmd;
            return Errno.EIOCBQUEUED.value();
        }

        @Actor
        public void submitter() {
            ring.submit(USER_DATA, SubmitPath.INLINE);
        }

        @Actor
        public void kworker(L_Result r) {
            r.r1 = complete(handedOff);
        }
    }

    /** Broken: the command is published to the kworker through a plain field, with no barrier. */
    @JCStressTest
    @Description("PDU written by the issuer, read by the kworker after a plain hand-off (no barrier)")
    @Outcome(id = "pending", expect = ACCEPTABLE, desc = "the kworker looked before the hand-off")
    @Outcome(id = "pdu=2", expect = ACCEPTABLE, desc = "the kworker read what the issuer wrote")
    @Outcome(id = "pdu=1", expect = ACCEPTABLE_INTERESTING,
            desc = "O6 PDU contract: no happens-before edge, the kworker read the previous user's PDU")
    @Outcome(id = "kworker:.*", expect = ACCEPTABLE_INTERESTING,
            desc = "O12 one owner: no happens-before edge, the kworker saw the command before its queue()")
    @Outcome(expect = FORBIDDEN, desc = "not a reachable outcome of this race: the test is wrong")
    @State
    public static class Plain {
        private Cmd handedOff;
        private final Ring ring = ringWithUsedRequest(this::issue);

        private int issue(Cmd cmd, int issueFlags) {
            cmd.queue();
            cmd.setPdu(cmd.userData());
            handedOff = cmd;
            return Errno.EIOCBQUEUED.value();
        }

        @Actor
        public void submitter() {
            ring.submit(USER_DATA, SubmitPath.INLINE);
        }

        @Actor
        public void kworker(L_Result r) {
            r.r1 = complete(handedOff);
        }
    }
}

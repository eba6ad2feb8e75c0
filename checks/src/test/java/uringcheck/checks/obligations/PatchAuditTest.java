package uringcheck.checks.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.UsageException;
import uringcheck.model.Obligation;

/** Reading a mailed patch, finding its unsafe sites and SAFETY comments, and mapping them, on small patches. */
class PatchAuditTest {

    /** A mail in the style of the series' archive: indentation and context lines' leading space eaten. */
    static final String MAIL = String.join("\n",
            "[PATCH 1/1] rust: io_uring: example",
            "",
            "diff --git a/rust/kernel/io_uring.rs b/rust/kernel/io_uring.rs",
            "index 1111111..2222222 100644",
            "--- a/rust/kernel/io_uring.rs",
            "+++ b/rust/kernel/io_uring.rs",
            "@@ -10,4 +10,11 @@ impl QueuedIoUringCmd {",
            "pub fn cmd_op(&self) -> u32 {",
            "-    0",
            "+ // SAFETY: `self.inner` is valid until done.",
            "+ unsafe { (*self.inner.as_ptr()).cmd_op }",
            "}",
            "+",
            "+ pub fn done(self, ret: i32, issue_flags: u32) {",
            "+ // SAFETY: queued, alive until this call.",
            "+ unsafe {",
            "+ bindings::io_uring_cmd_done32(self.inner.as_ptr(), ret, 0, issue_flags);",
            "+ }",
            "}",
            "--",
            "2.43.0",
            "");

    static final UnsafeMap MAP = UnsafeMap.parse(List.of(
            Map.of("file", "rust/kernel/io_uring.rs", "item", "QueuedIoUringCmd::cmd_op",
                    "code", "unsafe {(*self.inner.as_ptr()).cmd_op}", "relies", List.of("O3"), "why", "alive"),
            Map.of("file", "rust/kernel/io_uring.rs", "item", "QueuedIoUringCmd::done",
                    "code", "unsafe { bindings::io_uring_cmd_done32(self.inner.as_ptr(), ret, 0, issue_flags);",
                    "relies", List.of("O1", "O5"), "why", "once, with the caller's flags")));

    @Test
    void linesAreNumberedInTheMailAndInThePatchedFile() {
        MailedPatch p = MailedPatch.parse("mail", MAIL);
        assertEquals(12, p.lines().size());
        MailedPatch.Line removed = p.lines().get(1);
        assertEquals(new MailedPatch.Line(9, "rust/kernel/io_uring.rs", 0, MailedPatch.Kind.REMOVED, "    0", 0,
                "impl QueuedIoUringCmd {"), removed);
        MailedPatch.Line unsafeLine = p.lines().get(3);
        assertEquals(11, unsafeLine.mailLine());
        assertEquals(12, unsafeLine.fileLine());
        assertEquals(MailedPatch.Kind.ADDED, unsafeLine.kind());
    }

    @Test
    void sitesCarryTheirItemSnippetAndComment() {
        UnsafeScanner.Scan scan = UnsafeScanner.scan(MailedPatch.parse("mail", MAIL));
        assertEquals(List.of(
                new UnsafeSite(11, "rust/kernel/io_uring.rs", 12, UnsafeSite.Kind.BLOCK, "QueuedIoUringCmd::cmd_op",
                        "unsafe { (*self.inner.as_ptr()).cmd_op }", 10),
                new UnsafeSite(16, "rust/kernel/io_uring.rs", 17, UnsafeSite.Kind.BLOCK, "QueuedIoUringCmd::done",
                        "unsafe { bindings::io_uring_cmd_done32(self.inner.as_ptr(), ret, 0, issue_flags);", 15)),
                scan.sites());
        assertEquals(List.of(10, 15), scan.comments().stream().map(SafetyComment::mailLine).toList());
        assertEquals(List.of(11, 16), scan.comments().stream().map(SafetyComment::covers).toList());
    }

    @Test
    void mappedSitesListTheirObligationsAndAChangedLineIsUnaudited() {
        PatchAudit audit = PatchAudit.of(MailedPatch.parse("mail", MAIL), MAP);
        assertEquals(List.of(), audit.unaudited());
        assertEquals(List.of(Obligation.O1, Obligation.O5), audit.sites().get(1).entry().orElseThrow().relies());
        String md = MarkdownWriter.render(audit.render());
        assertTrue(md.contains("2 `unsafe` sites on added lines (2 blocks, 0 impls, 0 fns); 2 mapped"), md);
        assertTrue(md.contains("| 16 | rust/kernel/io_uring.rs:17 | block | `QueuedIoUringCmd::done` |"), md);
        assertTrue(md.contains("| line 15 | O1, O5 |"), md);

        String v2 = MAIL.replace("ret, 0, issue_flags", "ret, 0, IO_URING_F_UNLOCKED");
        PatchAudit changed = PatchAudit.of(MailedPatch.parse("mail v2", v2), MAP);
        assertEquals(List.of(16), changed.unaudited().stream().map(UnsafeSite::mailLine).toList());
        assertTrue(MarkdownWriter.render(changed.render()).contains("| UNAUDITED |"));
    }

    @Test
    void anUnsafeWithoutASafetyCommentAndAnOrphanCommentAreShown() {
        String mail = MAIL.replace("+ // SAFETY: queued, alive until this call.\n", "+ // no justification\n")
                .replace("+ }\n}\n--", "+ }\n+ // SAFETY: nothing follows.\n}\n--").replace("+11 @@", "+12 @@");
        UnsafeScanner.Scan scan = UnsafeScanner.scan(MailedPatch.parse("mail", mail));
        assertEquals(0, scan.sites().get(1).safetyComment());
        assertEquals(0, scan.comments().get(1).covers());
    }

    @Test
    void whatIsNotAPatchIsRefusedWithTheFix() {
        UsageException none = assertThrows(UsageException.class,
                () -> MailedPatch.parse("notes.txt", "just text\nunsafe { x }\n"));
        assertEquals("notes.txt: not a patch: no hunk header ('@@ -a,b +c,d @@') found; give a patch as mailed"
                + " (git format-patch output, or the mail's text)", none.getMessage());
        UsageException truncated = assertThrows(UsageException.class,
                () -> MailedPatch.parse("cut.txt", MAIL.substring(0, MAIL.indexOf("+ unsafe {"))));
        assertTrue(truncated.getMessage().startsWith("cut.txt:7: the hunk header promises"), truncated.getMessage());
        UsageException orphan = assertThrows(UsageException.class,
                () -> MailedPatch.parse("h.txt", "@@ -1 +1 @@\n+x\n"));
        assertTrue(orphan.getMessage().startsWith("h.txt:1: hunk header before any 'diff --git' line"));
    }
}

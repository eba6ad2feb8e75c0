package uringcheck.checks.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The reviewed map covers every unsafe site of the two seed mails, and a new version of a mail shows what
 * changed. The mails are not part of the repository: they are read from {@code ../shared/seeds} beside the
 * clone (CI provides it), or from the folder named by the environment variable {@code URINGCHECK_SEEDS};
 * without them the test fails and says so.
 */
class SeedMailsAuditTest {

    static final Path SEEDS = Path.of(System.getenv().getOrDefault("URINGCHECK_SEEDS", "../../shared/seeds"));
    static final String IO_URING = "002_f22fbe8360849bbf.txt";
    static final String MISCDEVICE = "000_25e48eb3c2e339a1.txt";

    static String mail(String name) throws IOException {
        Path file = SEEDS.resolve(name);
        assertTrue(Files.isRegularFile(file), "the seed mail " + file.toAbsolutePath().normalize() + " is missing:"
                + " this test needs ../shared/seeds beside the repository (the series as mailed), or"
                + " URINGCHECK_SEEDS naming the folder that holds the mails");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void everyUnsafeSiteOfBothMailsIsMapped() throws IOException {
        PatchAudit misc = PatchAudit.of(MailedPatch.parse(MISCDEVICE, mail(MISCDEVICE)), UnsafeMap.shipped());
        assertEquals(5, misc.sites().size());
        assertEquals(4, misc.comments().size());
        assertEquals(List.of(), misc.unaudited());
        assertTrue(MarkdownWriter.render(misc.render()).contains("5 `unsafe` sites on added lines (4 blocks, 0 impls,"
                + " 1 fn); 5 mapped to obligations by `obligations/unsafe-map.yaml`, 0 unaudited; 4 `// SAFETY:`"
                + " comments."));
        PatchAudit io = PatchAudit.of(MailedPatch.parse(IO_URING, mail(IO_URING)), UnsafeMap.shipped());
        assertEquals(29, io.sites().size());
        assertEquals(27, io.comments().size());
        assertEquals(List.of(), io.unaudited());
        assertEquals(34, UnsafeMap.shipped().entries().size(), "an entry no seed site uses is stale");
        assertTrue(io.comments().stream().allMatch(c -> c.covers() > 0));
    }

    @Test
    void aChangedUnsafeLineInANewVersionIsUnaudited() throws IOException {
        String v6 = mail(IO_URING).replace("+ let inner = unsafe { self.inner.as_mut() };",
                "+ let inner = unsafe { &mut *self.inner.as_ptr() };");
        PatchAudit audit = PatchAudit.of(MailedPatch.parse("v6", v6), UnsafeMap.shipped());
        assertEquals(List.of("IoUringCmd::write_pdu", "QueuedIoUringCmd::write_pdu"),
                audit.unaudited().stream().map(UnsafeSite::item).toList());
        assertEquals(List.of(251, 403), audit.unaudited().stream().map(UnsafeSite::mailLine).toList());
    }
}

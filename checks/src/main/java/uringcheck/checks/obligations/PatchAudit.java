package uringcheck.checks.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import uringcheck.model.Obligation;

/**
 * The audit of a mailed patch: every {@code unsafe} site on an added line with the obligations its
 * justification relies on ({@link UnsafeMap}), every {@code // SAFETY:} comment, and the sites the map
 * does not cover (unaudited: new or changed since the map was reviewed).
 *
 * @param source   the mail's name
 * @param sites    the unsafe sites, each with its map entry if any
 * @param comments the SAFETY comments
 */
public record PatchAudit(String source, List<Audited> sites, List<SafetyComment> comments) {

    public PatchAudit {
        sites = List.copyOf(sites);
        comments = List.copyOf(comments);
    }

    /**
     * A site and its reviewed entry.
     *
     * @param site  the site
     * @param entry the map's entry, empty if unaudited
     */
    public record Audited(UnsafeSite site, Optional<UnsafeMap.Entry> entry) {
    }

    /** Audits {@code patch} against {@code map}. */
    public static PatchAudit of(MailedPatch patch, UnsafeMap map) {
        UnsafeScanner.Scan scan = UnsafeScanner.scan(patch);
        List<Audited> sites = new ArrayList<>();
        for (UnsafeSite s : scan.sites()) {
            sites.add(new Audited(s, map.lookup(s)));
        }
        return new PatchAudit(patch.source(), sites, scan.comments());
    }

    /** The sites the map does not cover. */
    public List<UnsafeSite> unaudited() {
        return sites.stream().filter(a -> a.entry().isEmpty()).map(Audited::site).toList();
    }

    /** The audit as a document. */
    public Doc render() {
        List<Doc.Block> blocks = new ArrayList<>();
        long mapped = sites.size() - unaudited().size();
        blocks.add(new Doc.Paragraph(sites.size() + " `unsafe` sites on added lines ("
                + count(UnsafeSite.Kind.BLOCK, "block") + ", " + count(UnsafeSite.Kind.IMPL, "impl") + ", "
                + count(UnsafeSite.Kind.FN, "fn") + "); "
                + mapped + " mapped to obligations by `obligations/unsafe-map.yaml`, " + unaudited().size()
                + " unaudited; " + comments.size() + " `// SAFETY:` comments. Lines are the mail's, then the"
                + " patched file's."));
        List<List<String>> rows = new ArrayList<>();
        for (Audited a : sites) {
            UnsafeSite s = a.site();
            rows.add(List.of(Integer.toString(s.mailLine()), s.file() + ":" + s.fileLine(), s.kind().word(),
                    "`" + s.item() + "`", "`" + s.snippet() + "`",
                    s.safetyComment() > 0 ? "line " + s.safetyComment() : s.kind() == UnsafeSite.Kind.FN
                            ? "(contract in its # Safety doc)" : "none",
                    a.entry().map(e -> e.relies().stream().map(Obligation::name).collect(Collectors.joining(", ")))
                            .orElse("UNAUDITED")));
        }
        blocks.add(new Doc.Heading(2, "Unsafe sites"));
        blocks.add(new Doc.Table(List.of("mail line", "file:line", "kind", "item", "code", "SAFETY comment",
                "relies on"), rows));
        blocks.add(new Doc.Heading(2, "Why each mapped site relies on its obligations"));
        List<String> why = new ArrayList<>();
        for (Audited a : sites) {
            a.entry().ifPresent(e -> why.add("line " + a.site().mailLine() + " (`" + e.item() + "`): "
                    + e.relies().stream().map(Obligation::name).collect(Collectors.joining(", ")) + ": " + e.why()));
        }
        blocks.add(why.isEmpty() ? new Doc.Paragraph("No site is mapped.") : new Doc.Bullets(why));
        blocks.add(new Doc.Heading(2, "Unaudited"));
        List<String> open = new ArrayList<>();
        for (UnsafeSite s : unaudited()) {
            open.add("line " + s.mailLine() + " (" + s.file() + ":" + s.fileLine() + ", `" + s.item() + "`): `"
                    + s.snippet() + "` has no entry in the map: review it and add one (file, item, code, relies, why)");
        }
        blocks.add(open.isEmpty() ? new Doc.Paragraph("None: every unsafe site is in the map.") : new Doc.Bullets(open));
        blocks.add(new Doc.Heading(2, "SAFETY comments"));
        List<List<String>> commentRows = new ArrayList<>();
        for (SafetyComment c : comments) {
            commentRows.add(List.of(Integer.toString(c.mailLine()), c.file() + ":" + c.fileLine(), c.text(),
                    c.covers() > 0 ? "line " + c.covers() : "no unsafe site follows it"));
        }
        blocks.add(new Doc.Table(List.of("mail line", "file:line", "comment (first line)", "justifies"), commentRows));
        return new Doc("Unsafe audit of " + source, blocks);
    }

    private String count(UnsafeSite.Kind kind, String noun) {
        long n = sites.stream().filter(a -> a.site().kind() == kind).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

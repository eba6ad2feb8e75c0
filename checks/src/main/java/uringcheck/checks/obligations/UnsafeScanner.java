package uringcheck.checks.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code unsafe} sites and {@code // SAFETY:} comments on the added lines of a {@link MailedPatch}.
 * Line-based, so it survives a mail archive's lost indentation: comments and string literals are stripped
 * before the keyword is looked for; a {@code // SAFETY:} comment justifies the first {@code unsafe} block or
 * impl after it in its hunk, unless another {@code // SAFETY:} comment comes first.
 */
public final class UnsafeScanner {

    private static final Pattern UNSAFE = Pattern.compile("\\bunsafe\\s*(\\{|impl\\b|trait\\b|fn\\b|extern\\b)");
    private static final Pattern IMPL = Pattern.compile(
            "\\bimpl\\b(?:\\s*<[^{]*?>)?\\s+(?:[\\w:]+(?:<[^{]*?>)?\\s+for\\s+)?([\\w:]+)");
    private static final Pattern FN = Pattern.compile("\\bfn\\s+(\\w+)");
    private static final Pattern SAFETY = Pattern.compile("^\\s*//\\s*SAFETY:");

    private UnsafeScanner() {
    }

    /**
     * The sites and comments of {@code patch}, in mail order.
     *
     * @param sites    the unsafe sites
     * @param comments the SAFETY comments
     */
    public record Scan(List<UnsafeSite> sites, List<SafetyComment> comments) {
        public Scan {
            sites = List.copyOf(sites);
            comments = List.copyOf(comments);
        }
    }

    /** Scans {@code patch}. */
    public static Scan scan(MailedPatch patch) {
        List<UnsafeSite> sites = new ArrayList<>();
        List<SafetyComment> comments = new ArrayList<>();
        List<MailedPatch.Line> lines = patch.lines();
        int hunk = -1;
        String impl = "";
        String fn = "";
        int pendingComment = -1;
        for (int i = 0; i < lines.size(); i++) {
            MailedPatch.Line l = lines.get(i);
            if (l.hunk() != hunk) {
                hunk = l.hunk();
                impl = implName(l.hunkContext()).orElse("");
                fn = fnName(l.hunkContext()).orElse("");
                pendingComment = -1;
            }
            if (l.kind() == MailedPatch.Kind.REMOVED) {
                continue;
            }
            if (l.kind() == MailedPatch.Kind.ADDED && SAFETY.matcher(l.text()).find()) {
                pendingComment = comments.size();
                comments.add(new SafetyComment(l.mailLine(), l.file(), l.fileLine(),
                        l.text().strip().substring(2).strip(), 0));
                continue;
            }
            String code = code(l.text());
            Optional<String> declaredImpl = implName(code);
            if (declaredImpl.isPresent() && !code.contains("{}")) {
                impl = declaredImpl.get();
                fn = "";
            }
            fn = fnName(code).orElse(fn);
            Matcher m = UNSAFE.matcher(code);
            if (l.kind() != MailedPatch.Kind.ADDED || !m.find()) {
                continue;
            }
            UnsafeSite.Kind kind = switch (m.group(1)) {
                case "{" -> UnsafeSite.Kind.BLOCK;
                case "impl" -> UnsafeSite.Kind.IMPL;
                case "trait" -> UnsafeSite.Kind.TRAIT;
                default -> UnsafeSite.Kind.FN;
            };
            String item = kind == UnsafeSite.Kind.IMPL ? code.substring(m.start() + "unsafe".length())
                    .replaceAll("\\{.*$", "").strip() : join(impl, fn);
            String snippet = code;
            if (kind == UnsafeSite.Kind.BLOCK && code.endsWith("{") && i + 1 < lines.size()
                    && lines.get(i + 1).hunk() == hunk) {
                snippet = code + " " + code(lines.get(i + 1).text());
            }
            UnsafeSite site = new UnsafeSite(l.mailLine(), l.file(), l.fileLine(), kind, item, snippet, 0);
            if (pendingComment >= 0 && kind != UnsafeSite.Kind.FN) {
                SafetyComment c = comments.get(pendingComment);
                comments.set(pendingComment, new SafetyComment(c.mailLine(), c.file(), c.fileLine(), c.text(),
                        l.mailLine()));
                site = site.withSafetyComment(c.mailLine());
                pendingComment = -1;
            }
            sites.add(site);
        }
        return new Scan(sites, comments);
    }

    /** {@code snippet} with all white space removed: how sites and map entries are compared. */
    public static String normalize(String snippet) {
        return snippet.replaceAll("\\s+", "");
    }

    private static String join(String impl, String fn) {
        if (impl.isEmpty()) {
            return fn;
        }
        return fn.isEmpty() ? impl : impl + "::" + fn;
    }

    private static Optional<String> implName(String code) {
        Matcher m = IMPL.matcher(code);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> fnName(String code) {
        Matcher m = FN.matcher(code);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** {@code line} without its comment and stripped (a {@code //} inside a string literal is kept). */
    static String code(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '"') {
                int end = i + 1;
                while (end < line.length() && line.charAt(end) != '"') {
                    end += line.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(line, i, Math.min(end + 1, line.length()));
                i = end;
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }
}

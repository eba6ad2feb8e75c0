package uringcheck.checks.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file named on the command line, read whole as UTF-8. What cannot be read as such (a missing file, a
 * directory, a FIFO or device, a binary or UTF-16 file) is refused with a message that says what it is and
 * how to fix it; a FIFO is refused before it is opened, so nothing blocks.
 */
final class TextInput {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextInput() {
    }

    /** Why a file cannot be read as text; the message names the problem and the fix, not the file. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * The text of {@code file}.
     *
     * @param kind  what the file should be, for messages ("scenario file", "patch")
     * @param about where that kind of file is described, for the message about a missing file
     * @throws UnreadableException if it is not a readable UTF-8 text file
     */
    static String read(Path file, String kind, String about) throws UnreadableException {
        if (!Files.exists(file)) {
            throw new UnreadableException("no such file: check the path (" + about + ")");
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableException("is a directory, not a " + kind + ": name a file in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableException("is not a regular file (a FIFO, socket or device): uringcheck reads a "
                    + kind + " from a file; save the input to a file and name that");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new UnreadableException("permission denied: make the file readable (chmod +r)");
        } catch (IOException e) {
            throw new UnreadableException("cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) || utf16WithoutMark(bytes)) {
            throw new UnreadableException("is UTF-16 text; a " + kind + " must be UTF-8: convert it, e.g."
                    + " iconv -f UTF-16 -t UTF-8 " + file + " > converted");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException("is a binary file (a NUL byte at offset " + i + "), not a " + kind
                        + ": check the path");
            }
        }
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("is not UTF-8 text: save it as UTF-8 (e.g. iconv -t UTF-8)");
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** ASCII in UTF-16 without a byte-order mark: every other byte of the first ones is zero. */
    private static boolean utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 64) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return evenZeros == n / 2 && oddZeros == 0 || oddZeros == n / 2 && evenZeros == 0;
    }
}

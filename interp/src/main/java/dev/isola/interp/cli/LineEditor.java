package dev.isola.interp.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The editing core of the interactive prompt: bytes from a terminal in raw mode go in, one at a
 * time ({@link #feed}); the bytes that redraw the line come out ({@link #takeOutput}). It does no
 * I/O of its own — {@link Terminal} reads the keys and writes the output — so a test drives it
 * with byte sequences.
 *
 * <p>State: the line {@code buffer} with a {@code cursor} (a UTF-16 index, always on a code point
 * boundary), a {@code working} copy of the history with the line being edited as its last entry,
 * and {@code index} into it. Invariants: {@code 0 <= cursor <= buffer.length()};
 * {@code 0 <= index < working.size()}; {@code working.size() == history.size() + 1} while a line
 * is being read. Leaving a history entry with Up/Down stores the edited text back into
 * {@code working}, so coming back down restores the line that was being typed (as readline does);
 * only the accepted line reaches the {@link History}.
 *
 * <p>Keys, after UTF-8 decoding:
 * <pre>
 *   printable          insert at the cursor        Tab            insert 4 spaces
 *   Backspace 7f / ^H  delete before the cursor    Delete ESC[3~  delete under the cursor
 *   Left/Right ^B/^F   move one code point         Home/End ^A/^E ESC[H ESC[F ESC[1~ ESC[4~ ESCOH ESCOF
 *   ^K / ^U            kill to end / to start      ^W             delete the previous word
 *   Up/Down ^P/^N      history                     ^L             clear the screen
 *   Enter CR / LF      accept ({@link Status#ACCEPTED}); the LF of a CRLF pair is skipped
 *   ^D                 end of file on an empty line ({@link Status#EOF}), else delete under the cursor
 *   ^C                 abandon the line ({@link Status#INTERRUPTED})
 * </pre>
 * Other control characters and unknown escape sequences are ignored.
 *
 * <p>Redraw: {@code \r}, prompt, buffer, {@code ESC[K}, then {@code ESC[nD} back to the cursor;
 * a plain append echoes just the character, and cursor moves emit {@code ESC[nC}/{@code ESC[nD}.
 * Columns count East Asian wide characters as two and combining marks as zero; a line longer
 * than the terminal is wide is not handled (the terminal width is not known).
 *
 * <p>Not thread-safe: one editor belongs to the one thread that reads the prompt.
 */
final class LineEditor {
    /** How a {@link #feed} left the line. */
    enum Status {
        /** More keys are needed. */
        EDITING,
        /** Enter: the line is in {@link #line()}. */
        ACCEPTED,
        /** Ctrl-D on an empty line. */
        EOF,
        /** Ctrl-C: the line is abandoned. */
        INTERRUPTED
    }

    private static final String TAB_SPACES = "    ";
    private static final String CLEAR_TO_END = "\u001b[K";
    private static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

    /** Escape parser states: plain text, after ESC, inside {@code ESC [}, after {@code ESC O}. */
    private static final int TEXT = 0;
    private static final int ESCAPE = 1;
    private static final int CSI = 2;
    private static final int SS3 = 3;

    private final History history;
    private final StringBuilder buffer = new StringBuilder();
    private final List<String> working = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final StringBuilder csiParams = new StringBuilder();
    private String prompt = "";
    private int cursor;
    private int index;
    private int escapeState = TEXT;
    private int utf8Pending;
    private int utf8CodePoint;
    private String accepted;
    /** The previous key was CR: a LF right after it (a pasted CRLF) is not a second Enter. Kept across lines. */
    private boolean lastWasCr;

    LineEditor(History history) {
        this.history = history;
    }

    /** Starts a new line after {@code prompt}; the prompt is in the output. */
    void begin(String prompt) {
        this.prompt = prompt;
        buffer.setLength(0);
        cursor = 0;
        working.clear();
        working.addAll(history.entries());
        working.add("");
        index = working.size() - 1;
        escapeState = TEXT;
        utf8Pending = 0;
        accepted = null;
        write(prompt);
    }

    /** Feeds one byte (0..255) of terminal input. */
    Status feed(int b) {
        b &= 0xff;
        if (utf8Pending > 0) {
            if ((b & 0xc0) == 0x80) {
                utf8CodePoint = (utf8CodePoint << 6) | (b & 0x3f);
                return --utf8Pending == 0 ? key(utf8CodePoint) : Status.EDITING;
            }
            utf8Pending = 0;
            Status s = key(0xfffd);
            return s == Status.EDITING ? feed(b) : s;
        }
        if (b < 0x80) {
            return key(b);
        } else if (b >= 0xc2 && b < 0xe0) {
            utf8Pending = 1;
            utf8CodePoint = b & 0x1f;
        } else if (b >= 0xe0 && b < 0xf0) {
            utf8Pending = 2;
            utf8CodePoint = b & 0x0f;
        } else if (b >= 0xf0 && b < 0xf5) {
            utf8Pending = 3;
            utf8CodePoint = b & 0x07;
        } else {
            return key(0xfffd);
        }
        return Status.EDITING;
    }

    /** The accepted line, without its newline; null unless the last status was {@link Status#ACCEPTED}. */
    String line() {
        return accepted;
    }

    /** The text being edited. */
    String buffer() {
        return buffer.toString();
    }

    /** The cursor, counted in code points from the start of the line. */
    int cursor() {
        return buffer.codePointCount(0, cursor);
    }

    /** The bytes (UTF-8) to write to the terminal since the last call. */
    byte[] takeOutput() {
        byte[] bytes = output.toByteArray();
        output.reset();
        return bytes;
    }

    private Status key(int cp) {
        boolean afterCr = lastWasCr;
        lastWasCr = cp == '\r' && escapeState == TEXT;
        if (cp == '\n' && afterCr && escapeState == TEXT) {
            return Status.EDITING;
        }
        return switch (escapeState) {
            case ESCAPE -> escape(cp);
            case CSI -> csi(cp);
            case SS3 -> ss3(cp);
            default -> plain(cp);
        };
    }

    private Status plain(int cp) {
        switch (cp) {
            case 0x01 -> moveTo(0);
            case 0x02 -> moveTo(previous(cursor));
            case 0x03 -> {
                return finish(Status.INTERRUPTED);
            }
            case 0x04 -> {
                if (buffer.isEmpty()) {
                    return finish(Status.EOF);
                }
                deleteForward();
            }
            case 0x05 -> moveTo(buffer.length());
            case 0x06 -> moveTo(next(cursor));
            case 0x08, 0x7f -> deleteBackward();
            case 0x09 -> insert(TAB_SPACES);
            case 0x0a, 0x0d -> {
                accepted = buffer.toString();
                history.add(accepted);
                return finish(Status.ACCEPTED);
            }
            case 0x0b -> delete(cursor, buffer.length());
            case 0x0c -> {
                write(CLEAR_SCREEN);
                redraw();
            }
            case 0x0e -> historyMove(1);
            case 0x10 -> historyMove(-1);
            case 0x15 -> delete(0, cursor);
            case 0x17 -> delete(wordStart(), cursor);
            case 0x1b -> escapeState = ESCAPE;
            default -> {
                if (cp >= 0x20 && !Character.isISOControl(cp)) {
                    insert(Character.toString(cp));
                }
            }
        }
        return Status.EDITING;
    }

    private Status escape(int cp) {
        escapeState = switch (cp) {
            case '[' -> CSI;
            case 'O' -> SS3;
            case 0x1b -> ESCAPE;
            default -> TEXT;
        };
        csiParams.setLength(0);
        return Status.EDITING;
    }

    private Status csi(int cp) {
        if ((cp >= '0' && cp <= '9') || cp == ';') {
            csiParams.append((char) cp);
            return Status.EDITING;
        }
        escapeState = TEXT;
        if (cp == '~') {
            switch (csiParams.toString()) {
                case "1", "7" -> moveTo(0);
                case "4", "8" -> moveTo(buffer.length());
                case "3" -> deleteForward();
                default -> {
                }
            }
            return Status.EDITING;
        }
        if (cp == 0x1b) {
            escapeState = ESCAPE;
        }
        return cp >= 0x40 && cp <= 0x7e ? ss3(cp) : Status.EDITING;
    }

    private Status ss3(int cp) {
        escapeState = TEXT;
        switch (cp) {
            case 'A' -> historyMove(-1);
            case 'B' -> historyMove(1);
            case 'C' -> moveTo(next(cursor));
            case 'D' -> moveTo(previous(cursor));
            case 'H' -> moveTo(0);
            case 'F' -> moveTo(buffer.length());
            default -> {
            }
        }
        return Status.EDITING;
    }

    private Status finish(Status status) {
        if (cursor < buffer.length()) {
            write("\u001b[" + columns(cursor, buffer.length()) + "C");
        }
        write("\r\n");
        escapeState = TEXT;
        return status;
    }

    private void insert(String text) {
        boolean append = cursor == buffer.length();
        buffer.insert(cursor, text);
        cursor += text.length();
        if (append) {
            write(text);
        } else {
            redraw();
        }
    }

    private void deleteBackward() {
        delete(previous(cursor), cursor);
    }

    private void deleteForward() {
        delete(cursor, next(cursor));
    }

    private void delete(int from, int to) {
        if (from < to) {
            buffer.delete(from, to);
            cursor = from;
            redraw();
        }
    }

    /** Start of the word before the cursor: back over whitespace, then over non-whitespace (unix-word-rubout). */
    private int wordStart() {
        int i = cursor;
        while (i > 0 && Character.isWhitespace(buffer.codePointBefore(i))) {
            i = previous(i);
        }
        while (i > 0 && !Character.isWhitespace(buffer.codePointBefore(i))) {
            i = previous(i);
        }
        return i;
    }

    private void moveTo(int target) {
        if (target < cursor) {
            emitMove(columns(target, cursor), 'D');
        } else if (target > cursor) {
            emitMove(columns(cursor, target), 'C');
        }
        cursor = target;
    }

    private void emitMove(int n, char direction) {
        if (n > 0) {
            write("\u001b[" + n + direction);
        }
    }

    private void historyMove(int delta) {
        int target = index + delta;
        if (target < 0 || target >= working.size()) {
            return;
        }
        working.set(index, buffer.toString());
        index = target;
        buffer.setLength(0);
        buffer.append(working.get(index));
        cursor = buffer.length();
        redraw();
    }

    private void redraw() {
        write("\r" + prompt + buffer + CLEAR_TO_END);
        emitMove(columns(cursor, buffer.length()), 'D');
    }

    private int previous(int i) {
        return i == 0 ? 0 : buffer.offsetByCodePoints(i, -1);
    }

    private int next(int i) {
        return i == buffer.length() ? i : buffer.offsetByCodePoints(i, 1);
    }

    private int columns(int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int cp = buffer.codePointAt(i);
            n += width(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Terminal columns of a code point: 0 for combining marks, 2 for East Asian wide and emoji, else 1. */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200b) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
                || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
                || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
        return wide ? 2 : 1;
    }

    private void write(String s) {
        output.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The REPL's history: in memory, oldest first, at most {@code capacity} entries, and
     * mirrored to a file when one is given.
     *
     * <p>File format: UTF-8, one entry per line, with {@code \} written as {@code \\}, newline as
     * {@code \n} and carriage return as {@code \r}. {@link #load} reads the last
     * {@code capacity} entries and rewrites the file when it held more; {@link #add} appends one
     * line, so the file may exceed the cap until the next load. Any I/O failure is ignored: the
     * history then lives in memory only.
     *
     * <p>Not thread-safe: owned by the REPL thread.
     */
    static final class History {
        /** Entries kept in memory and in the file. */
        static final int CAPACITY = 1000;

        private final Path file;
        private final int capacity;
        private final List<String> entries = new ArrayList<>();

        History(Path file, int capacity) {
            this.file = file;
            this.capacity = capacity;
        }

        /** A history backed by {@code file} (null: memory only) with its earlier entries read. */
        static History load(Path file, int capacity) {
            History h = new History(file, capacity);
            if (file == null) {
                return h;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return h; // No history yet, or unreadable: start empty.
            }
            for (String line : lines.subList(Math.max(0, lines.size() - capacity), lines.size())) {
                h.entries.add(unescape(line));
            }
            if (lines.size() > capacity) {
                try {
                    Files.write(file, lines.subList(lines.size() - capacity, lines.size()), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    // Ignored: the file keeps its extra entries until a later load trims it.
                }
            }
            return h;
        }

        /** Records an accepted line unless it is blank or repeats the newest entry. */
        void add(String line) {
            if (line.isBlank() || (!entries.isEmpty() && entries.getLast().equals(line))) {
                return;
            }
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.add(line);
            if (file != null) {
                try {
                    Files.writeString(file, escape(line) + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException | RuntimeException e) {
                    // Ignored: the entry stays in memory; the REPL must not fail over its history.
                }
            }
        }

        /** The entries, oldest first (a copy). */
        List<String> entries() {
            return List.copyOf(entries);
        }

        static String escape(String entry) {
            return entry.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        }

        static String unescape(String line) {
            StringBuilder b = new StringBuilder(line.length());
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char e = line.charAt(++i);
                    b.append(switch (e) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> e;
                    });
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}

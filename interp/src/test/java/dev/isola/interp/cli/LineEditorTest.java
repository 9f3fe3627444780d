package dev.isola.interp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.cli.LineEditor.History;
import dev.isola.interp.cli.LineEditor.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the {@link LineEditor} core with terminal byte sequences: editing keys, history, and its file. */
class LineEditorTest {
    private static final String LEFT = "\u001b[D";
    private static final String RIGHT = "\u001b[C";
    private static final String UP = "\u001b[A";
    private static final String DOWN = "\u001b[B";

    private final History memory = new History(null, History.CAPACITY);
    private final LineEditor editor = new LineEditor(memory);

    /** Feeds {@code keys} as UTF-8; returns the status after the last byte. */
    private Status type(String keys) {
        Status status = Status.EDITING;
        for (byte b : keys.getBytes(StandardCharsets.UTF_8)) {
            status = editor.feed(b);
        }
        return status;
    }

    private String output() {
        return new String(editor.takeOutput(), StandardCharsets.UTF_8);
    }

    /** Accepts {@code keys} as a whole line and returns it. */
    private String line(String keys) {
        editor.begin(">>> ");
        assertEquals(Status.ACCEPTED, type(keys + "\r"));
        return editor.line();
    }

    @Test
    void printableKeysAreInsertedAndEnterReturnsTheLine() {
        editor.begin(">>> ");
        assertEquals(">>> ", output());
        assertEquals(Status.EDITING, type("x = 1"));
        assertEquals("x = 1", editor.buffer());
        assertEquals(5, editor.cursor());
        assertEquals("x = 1", output());
        assertEquals(Status.ACCEPTED, type("\r"));
        assertEquals("x = 1", editor.line());
        assertEquals("\r\n", output());
    }

    @Test
    void lineFeedAlsoAcceptsButTheLfOfCrlfIsSkipped() {
        assertEquals("a", line("a"));
        editor.begin(">>> ");
        assertEquals(Status.EDITING, type("\n"));
        assertEquals(Status.ACCEPTED, type("b\n"));
        assertEquals("b", editor.line());
    }

    @Test
    void unicodeIsInsertedByCodePoint() {
        editor.begin(">>> ");
        type("é中😀" + LEFT + LEFT + "ß");
        assertEquals("éß中😀", editor.buffer());
        assertEquals(2, editor.cursor());
        type(RIGHT + RIGHT + "\u007f");
        assertEquals("éß中", editor.buffer());
        assertEquals(3, editor.cursor());
    }

    @Test
    void wideCharactersMoveTheCursorTwoColumns() {
        editor.begin("");
        type("中");
        output();
        type(LEFT);
        assertEquals("\u001b[2D", output());
        assertEquals(2, LineEditor.width('中'));
        assertEquals(0, LineEditor.width(0x301));
        assertEquals(1, LineEditor.width('a'));
    }

    @Test
    void insertInTheMiddleRedrawsAndRepositions() {
        editor.begin(">>> ");
        type("ac" + LEFT);
        output();
        type("b");
        assertEquals("abc", editor.buffer());
        assertEquals(2, editor.cursor());
        assertEquals("\r>>> abc\u001b[K\u001b[1D", output());
    }

    @Test
    void backspaceBothCodesDeleteBeforeTheCursor() {
        editor.begin(">>> ");
        type("abcd\u007f");
        assertEquals("abc", editor.buffer());
        type("\b");
        assertEquals("ab", editor.buffer());
        type(LEFT + LEFT + "\u007f");
        assertEquals("ab", editor.buffer());
        assertEquals(0, editor.cursor());
    }

    @Test
    void deleteKeyDeletesUnderTheCursor() {
        editor.begin(">>> ");
        type("abc" + LEFT + LEFT + "\u001b[3~");
        assertEquals("ac", editor.buffer());
        assertEquals(1, editor.cursor());
        type("\u001b[4~\u001b[3~");
        assertEquals("ac", editor.buffer());
    }

    @Test
    void homeAndEndInAllEncodings() {
        editor.begin(">>> ");
        type("hello");
        for (String home : List.of("\u001b[H", "\u001b[1~", "\u001bOH", "\u0001")) {
            type(home);
            assertEquals(0, editor.cursor(), home);
            type("\u001b[F");
            assertEquals(5, editor.cursor());
        }
        type("\u0001\u001b[4~");
        assertEquals(5, editor.cursor());
        type("\u0001\u0005");
        assertEquals(5, editor.cursor());
    }

    @Test
    void leftRightStopAtTheEndsAndEmitMoves() {
        editor.begin(">>> ");
        type("ab");
        output();
        type(LEFT + LEFT + LEFT);
        assertEquals(0, editor.cursor());
        assertEquals("\u001b[1D\u001b[1D", output());
        type(RIGHT + RIGHT + RIGHT + "\u0002\u0006");
        assertEquals(2, editor.cursor());
        assertEquals("\u001b[1C\u001b[1C\u001b[1D\u001b[1C", output());
    }

    @Test
    void ctrlKKillsToTheEndAndCtrlUToTheStart() {
        editor.begin(">>> ");
        type("abcdef" + LEFT + LEFT + "\u000b");
        assertEquals("abcd", editor.buffer());
        type(LEFT + "\u0015");
        assertEquals("d", editor.buffer());
        assertEquals(0, editor.cursor());
    }

    @Test
    void ctrlWDeletesThePreviousWord() {
        editor.begin(">>> ");
        type("print(x)  foo bar  \u0017");
        assertEquals("print(x)  foo ", editor.buffer());
        type("\u0017\u0017");
        assertEquals("", editor.buffer());
        type("one two" + LEFT + LEFT + "\u0017");
        assertEquals("one wo", editor.buffer());
        assertEquals(4, editor.cursor());
    }

    @Test
    void tabInsertsFourSpaces() {
        assertEquals("    pass", line("\tpass"));
    }

    @Test
    void ctrlDOnAnEmptyLineIsEof() {
        editor.begin(">>> ");
        assertEquals(Status.EOF, type("\u0004"));
        assertNull(editor.line());
        assertEquals(">>> \r\n", output());
    }

    @Test
    void ctrlDOnANonEmptyLineDeletesUnderTheCursor() {
        editor.begin(">>> ");
        assertEquals(Status.EDITING, type("abc" + LEFT + LEFT + "\u0004"));
        assertEquals("ac", editor.buffer());
        assertEquals(Status.EDITING, type("\u0005\u0004"));
        assertEquals("ac", editor.buffer());
    }

    @Test
    void ctrlCAbandonsTheLineWithoutRecordingIt() {
        editor.begin(">>> ");
        assertEquals(Status.INTERRUPTED, type("abc" + LEFT + "\u0003"));
        assertNull(editor.line());
        assertTrue(output().endsWith("\u001b[1C\r\n"));
        assertEquals(List.of(), memory.entries());
        editor.begin(">>> ");
        assertEquals("", editor.buffer());
    }

    @Test
    void ctrlLClearsTheScreenAndRedraws() {
        editor.begin(">>> ");
        type("ab");
        output();
        type("\u000c");
        assertEquals("\u001b[H\u001b[2J\r>>> ab\u001b[K", output());
        assertEquals("ab", editor.buffer());
    }

    @Test
    void upAndDownWalkTheHistory() {
        line("first");
        line("second");
        editor.begin(">>> ");
        type(UP);
        assertEquals("second", editor.buffer());
        assertEquals(6, editor.cursor());
        type(UP);
        assertEquals("first", editor.buffer());
        type(UP);
        assertEquals("first", editor.buffer());
        type(DOWN);
        assertEquals("second", editor.buffer());
        type("\u0010\u0010\u000e");
        assertEquals("second", editor.buffer());
    }

    @Test
    void comingBackDownRestoresTheLineBeingTyped() {
        line("old");
        editor.begin(">>> ");
        type("draft" + LEFT);
        type(UP);
        assertEquals("old", editor.buffer());
        type(DOWN);
        assertEquals("draft", editor.buffer());
        assertEquals(5, editor.cursor());
        type(DOWN);
        assertEquals("draft", editor.buffer());
    }

    @Test
    void editedHistoryEntryIsAcceptedAndOriginalKept() {
        line("x = 1");
        editor.begin(">>> ");
        type(UP + "\u007f2");
        type(DOWN + UP);
        assertEquals("x = 2", editor.buffer());
        assertEquals(Status.ACCEPTED, type("\r"));
        assertEquals("x = 2", editor.line());
        assertEquals(List.of("x = 1", "x = 2"), memory.entries());
    }

    @Test
    void historySkipsBlankLinesAndImmediateRepeats() {
        line("a");
        line("a");
        line("   ");
        line("b");
        line("a");
        assertEquals(List.of("a", "b", "a"), memory.entries());
    }

    @Test
    void historyIsCapped() {
        History h = new History(null, 3);
        for (String s : List.of("1", "2", "3", "4", "5")) {
            h.add(s);
        }
        assertEquals(List.of("3", "4", "5"), h.entries());
    }

    @Test
    void historyPersistsAcrossSessions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history");
        LineEditor first = new LineEditor(History.load(file, History.CAPACITY));
        first.begin(">>> ");
        for (byte b : "print('hi')\rdef f():\r".getBytes(StandardCharsets.UTF_8)) {
            first.feed(b);
            if (first.line() != null) {
                first.begin("... ");
            }
        }
        assertEquals(List.of("print('hi')", "def f():"), Files.readAllLines(file));
        LineEditor second = new LineEditor(History.load(file, History.CAPACITY));
        second.begin(">>> ");
        for (byte b : UP.getBytes(StandardCharsets.US_ASCII)) {
            second.feed(b);
        }
        assertEquals("def f():", second.buffer());
    }

    @Test
    void historyFileEscapesNewlinesAndBackslashes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history");
        History h = History.load(file, History.CAPACITY);
        h.add("a\nb\\n");
        assertEquals(List.of("a\\nb\\\\n"), Files.readAllLines(file));
        assertEquals(List.of("a\nb\\n"), History.load(file, History.CAPACITY).entries());
    }

    @Test
    void loadKeepsTheNewestEntriesAndTrimsTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add("line" + i);
        }
        Files.write(file, lines);
        History h = History.load(file, 4);
        assertEquals(List.of("line6", "line7", "line8", "line9"), h.entries());
        assertEquals(List.of("line6", "line7", "line8", "line9"), Files.readAllLines(file));
    }

    @Test
    void unreadableOrUnwritableHistoryIsIgnored(@TempDir Path dir) {
        Path file = dir.resolve("missing-dir").resolve("history");
        History h = History.load(file, History.CAPACITY);
        assertEquals(List.of(), h.entries());
        h.add("kept in memory");
        assertEquals(List.of("kept in memory"), h.entries());
        History fromDirectory = History.load(dir, History.CAPACITY);
        fromDirectory.add("x");
        assertEquals(List.of("x"), fromDirectory.entries());
    }

    @Test
    void unknownEscapesAndControlsAreIgnored() {
        editor.begin(">>> ");
        type("a\u001b[1;5Z\u001b[99~\u001bxb\u0000\u001f");
        assertEquals("ab", editor.buffer());
    }

    @Test
    void invalidUtf8BecomesReplacementCharacter() {
        editor.begin("");
        editor.feed(0xff);
        editor.feed(0xe4);
        editor.feed('a');
        assertEquals("\ufffd\ufffda", editor.buffer());
    }

    @Test
    void outputIsUtf8Bytes() {
        editor.begin("");
        type("é");
        assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9}, editor.takeOutput());
        assertArrayEquals(new byte[0], editor.takeOutput());
    }

    @Test
    void continuationPromptIsRedrawn() {
        editor.begin("... ");
        type("x" + LEFT + "y");
        assertTrue(output().endsWith("\r... yx\u001b[K\u001b[1D"));
    }
}

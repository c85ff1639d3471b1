package io.nocvault.simulator.internal.shell;

import io.nocvault.simulator.Fault;
import io.nocvault.simulator.internal.DeviceState;
import io.nocvault.simulator.internal.cli.PlatformCli;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.apache.sshd.common.io.IoInputStream;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.AsyncCommandStreamsAware;
import org.apache.sshd.server.command.Command;

/**
 * One interactive shell on a simulated device. Event driven: input arrives on MINA's I/O threads through
 * {@link #data}, output leaves through an {@link Outbox}; no thread is dedicated to a session.
 */
public final class DeviceShell extends ShellState
        implements Command, AsyncCommandStreamsAware, ChannelSessionAware, ChannelDataReceiver {

    static final int PAGE = 24;
    private static final int MAX_LINE = 65_536;

    enum State {
        STARTING,
        PRESS_KEY,
        LINE,
        SECRET,
        PAGER,
        GARBAGE,
        MUTE
    }

    private final PlatformCli cli;
    private final ScheduledExecutorService timer;
    private final StringBuilder line = new StringBuilder();
    private final ByteArrayOutputStream early = new ByteArrayOutputStream();
    private ChannelSession channel;
    private IoOutputStream ioOut;
    private ExitCallback exitCallback;
    private ShellOutput out;
    private State state = State.STARTING;
    private boolean swallowLf;
    private boolean afterControl;
    private Consumer<String> secretHandler;
    private Paging paging;

    public DeviceShell(DeviceState device, ScheduledExecutorService timer) {
        super(device);
        this.cli = device.platformSpec().cli();
        this.timer = timer;
    }

    @Override
    public void setChannelSession(ChannelSession session) {
        this.channel = session;
        session.setDataReceiver(this);
    }

    @Override
    public void setIoOutputStream(IoOutputStream stream) {
        this.ioOut = stream;
    }

    @Override
    public void setIoErrorStream(IoOutputStream stream) {
        // device CLIs write everything to the standard stream
    }

    @Override
    public void setIoInputStream(IoInputStream stream) {
        // input arrives through data(), see setChannelSession
    }

    @Override
    public void setInputStream(InputStream stream) {
        // not used: this command is asynchronous
    }

    @Override
    public void setOutputStream(OutputStream stream) {
        // not used: this command is asynchronous
    }

    @Override
    public void setErrorStream(OutputStream stream) {
        // not used: this command is asynchronous
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public synchronized void start(ChannelSession session, Environment env) {
        setLoginName(session.getSession().getUsername());
        out = new ShellOutput(device, new Outbox(ioOut, timer));
        if (device.hasFault(Fault.GARBAGE)) {
            state = State.GARBAGE;
            out.garbage();
            return;
        }
        out.lines(cli.banner(this), 0);
        if (cli.pressAnyKey()) {
            out.raw("Press any key to continue");
            state = State.PRESS_KEY;
        } else {
            state = State.LINE;
            prompt();
        }
        byte[] typedAhead = early.toByteArray();
        early.reset();
        input(typedAhead, 0, typedAhead.length);
    }

    @Override
    public synchronized void destroy(ChannelSession session) {
        state = State.MUTE;
        if (out != null) {
            out.outbox().close();
        }
    }

    @Override
    public int data(ChannelSession session, byte[] buf, int start, int len) {
        synchronized (this) {
            if (state == State.STARTING) {
                early.write(buf, start, len);
            } else {
                input(buf, start, len);
            }
        }
        return len;
    }

    @Override
    public void close() {
        // the channel's input ended; output may still be pending and the channel closes itself
    }

    private void input(byte[] buf, int start, int len) {
        StringBuilder echo = new StringBuilder();
        for (int i = start; i < start + len; i++) {
            char ch = (char) (buf[i] & 0xff);
            switch (state) {
                case LINE, SECRET -> typed(ch, echo);
                case PAGER -> pagerKey(ch);
                case PRESS_KEY -> anyKey(ch);
                case GARBAGE -> {
                    if (ch == '\r' || ch == '\n') {
                        out.garbage();
                    }
                }
                default -> {
                    // STARTING cannot happen here; MUTE ignores everything
                }
            }
        }
        out.echo(echo);
    }

    /**
     * One typed character. {@code \r} is Enter; a {@code \n} or NUL right after it is swallowed; a lone {@code \n} is
     * Enter too, except with the CR_ONLY fault, which drops it without echo.
     */
    private void typed(char ch, StringBuilder echo) {
        if (afterControl) {
            afterControl = false;
            if (ch == '\r' || ch == '\n') {
                swallowLf = ch == '\r';
                return;
            }
        }
        if (ch == '\r') {
            swallowLf = true;
            enterPressed(echo);
            return;
        }
        if (ch == '\n' || ch == 0) {
            boolean afterCr = swallowLf;
            swallowLf = false;
            if (ch == '\n' && !afterCr && !device.hasFault(Fault.CR_ONLY)) {
                enterPressed(echo);
            }
            return;
        }
        swallowLf = false;
        edit(ch, echo);
    }

    private void enterPressed(StringBuilder echo) {
        echo.append("\r\n");
        out.echo(echo);
        echo.setLength(0);
        String text = line.toString();
        line.setLength(0);
        if (state == State.SECRET) {
            state = State.LINE;
            Consumer<String> handler = secretHandler;
            secretHandler = null;
            handler.accept(text);
        } else {
            cli.execute(this, text);
        }
    }

    private void edit(char ch, StringBuilder echo) {
        boolean visible = state == State.LINE;
        if (ch == 0x7f || ch == 0x08) {
            if (!line.isEmpty()) {
                line.setLength(line.length() - 1);
                if (visible) {
                    echo.append("\b \b");
                }
            }
        } else if (ch == 0x03) {
            line.setLength(0);
            echo.append("^C\r\n");
            out.echo(echo);
            echo.setLength(0);
            state = State.LINE;
            setMode(mode().startsWith("load") ? "config" : mode());
            prompt();
        } else if (ch == 0x04 || ch == 0x1a) {
            out.echo(echo);
            echo.setLength(0);
            if (visible && cli.control(this, ch, line.toString())) {
                line.setLength(0);
                afterControl = true;
            }
        } else if (ch == '\t' || ch >= 0x20 && ch != 0x7f) {
            if (line.length() < MAX_LINE) {
                line.append(ch == '\t' ? ' ' : ch);
                if (visible) {
                    echo.append(ch == '\t' ? ' ' : ch);
                }
            }
        }
    }

    private void anyKey(char ch) {
        swallowLf = ch == '\r';
        state = State.LINE;
        out.raw("\r\n");
        prompt();
    }

    private void pagerKey(char ch) {
        if (swallowLf && (ch == '\n' || ch == 0)) {
            swallowLf = false;
            return;
        }
        swallowLf = ch == '\r';
        if (ch == '\n' && device.hasFault(Fault.CR_ONLY)) {
            return;
        }
        if (ch == 'q' || ch == 'Q' || ch == 0x03) {
            paging = null;
            state = State.LINE;
            out.raw("\r\n");
            prompt();
        } else {
            continuePaging(ch == '\r' || ch == '\n' ? 1 : PAGE);
        }
    }

    private void prompt() {
        out.prompt(device.hasFault(Fault.UNEXPECTED_PROMPT) ? "???" : cli.prompt(this));
    }

    private void emit(List<String> lines, boolean pageable, int slowChunk, Runnable after) {
        boolean pages = pageable && !pagingOff() && cli.pagerText() != null;
        paging = new Paging(lines, pages, slowChunk, after);
        continuePaging(PAGE);
    }

    private void continuePaging(int count) {
        Paging p = paging;
        int end = p.pages()
                ? Math.min(p.position() + count, p.lines().size())
                : p.lines().size();
        out.lines(p.lines().subList(p.position(), end), p.slowChunk());
        if (end < p.lines().size()) {
            paging = p.at(end);
            state = State.PAGER;
            out.raw(cli.pagerText());
        } else {
            paging = null;
            if (state == State.PAGER) {
                state = State.LINE;
            }
            p.after().run();
        }
    }

    @Override
    public void reply(List<String> lines) {
        emit(lines, true, 0, this::prompt);
    }

    @Override
    public void replyConfig(List<String> lines, boolean noPager) {
        List<String> shown = lines;
        Runnable after = this::prompt;
        if (device.hasFault(Fault.HANG) || device.hasFault(Fault.DROP_MID_CONFIG)) {
            shown = lines.subList(0, Math.max(1, lines.size() / 2));
            after = device.hasFault(Fault.HANG) ? () -> state = State.MUTE : this::drop;
        }
        int slowChunk = 0;
        if (device.hasFault(Fault.SLOW_OUTPUT)) {
            long bytes = lines.stream().mapToLong(l -> l.length() + 2L).sum();
            slowChunk = (int) Math.max(1, (bytes + 29) / 30);
        }
        emit(shown, !noPager, slowChunk, after);
    }

    @Override
    public void askSecret(String promptText, Consumer<String> then) {
        out.raw(promptText);
        secretHandler = then;
        state = State.SECRET;
    }

    @Override
    public void logout(String... lines) {
        out.lines(List.of(lines), 0);
        state = State.MUTE;
        out.outbox().then(() -> exitCallback.onExit(0));
    }

    private void drop() {
        state = State.MUTE;
        out.outbox().after(100, () -> channel.getSession().close(true));
    }
}

package io.canale.support.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Watches the backend's log while hostile calls run: an ERROR, or any warning that carries a stack trace,
 * is a finding. A caller's mistake must not be logged as a server fault.
 */
public final class LogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public static LogWatch attach() {
        LogWatch watch = new LogWatch();
        watch.setName("fuzz-log-watch");
        watch.setContext(watch.root.getLoggerContext());
        watch.start();
        watch.root.addAppender(watch);
        return watch;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)
                || event.getLevel().isGreaterOrEqual(Level.WARN) && event.getThrowableProxy() != null) {
            events.add(event);
        }
    }

    /** What was logged as a server fault since the last call, one line each. */
    public List<String> drain() {
        List<String> found = new ArrayList<>();
        for (ILoggingEvent event; (event = events.poll()) != null; ) {
            String trace = event.getThrowableProxy() == null ? "" : " with stack trace of "
                    + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage();
            found.add(event.getLevel() + " logged by " + event.getLoggerName() + ": " + event.getFormattedMessage() + trace);
        }
        return found;
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}

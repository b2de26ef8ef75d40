package vn.thidua.shared.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sends openhtmltopdf's messages to the application's log instead of its own console
 * handler: its progress notes at debug level, its warnings as warnings.
 */
class PdfLog implements XRLogger {

	private static final Log log = LogFactory.getLog("com.openhtmltopdf");

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		int severity = level.intValue();
		if (severity >= Level.SEVERE.intValue()) {
			log.error(where + ": " + message, error);
		}
		else if (severity >= Level.WARNING.intValue()) {
			log.warn(where + ": " + message, error);
		}
		else if (log.isDebugEnabled()) {
			log.debug(where + ": " + message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
	}

}

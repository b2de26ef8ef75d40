package vn.thidua.shared.importing;

/**
 * How far a pass has come, read by the page while a background job writes it.
 */
public final class ImportProgress {

	private volatile ImportPhase phase = ImportPhase.READING;

	private volatile long done;

	private volatile long total;

	public ImportProgress() {
	}

	/**
	 * How far a pass had come when its node last told the database.
	 */
	public ImportProgress(ImportPhase phase, long done, long total) {
		this.phase = phase;
		this.done = done;
		this.total = total;
	}

	void start(ImportPhase phase, long total) {
		this.phase = phase;
		this.total = total;
		this.done = 0;
	}

	void advance(long rows) {
		this.done = rows;
	}

	public ImportPhase phase() {
		return phase;
	}

	public long done() {
		return done;
	}

	public long total() {
		return total;
	}

	/**
	 * Whole percent done, 0 while the total is unknown.
	 */
	public int percent() {
		long all = total;
		return all <= 0 ? 0 : (int) Math.min(100, done * 100 / all);
	}

}

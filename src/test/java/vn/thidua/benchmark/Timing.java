package vn.thidua.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times a piece of work after warming it up and prints its median and 90th percentile.
 */
final class Timing {

	private Timing() {
	}

	static void report(String what, Supplier<?> work) {
		for (int i = 0; i < 3; i++) {
			work.get();
		}
		long[] millis = new long[11];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK %-40s median %5d ms, p90 %5d ms%n", what, millis[millis.length / 2],
				millis[(int) (millis.length * 0.9)]);
	}

}

package vn.thidua.shared;

import java.io.IOException;
import java.nio.file.Path;

import vn.thidua.shared.database.EmbeddedPostgres;

/**
 * Another instance of the application, as far as the data folder is concerned: starts the
 * embedded server on a folder, says on which port, and keeps it until its input closes.
 */
public final class EmbeddedPostgresHolder {

	private EmbeddedPostgresHolder() {
	}

	public static void main(String[] args) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), 0, false);
		Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
		System.out.println("ready " + postgres.port());
		System.out.flush();
		while (System.in.read() >= 0) {
			// held until the test closes the pipe or kills this process
		}
	}

}

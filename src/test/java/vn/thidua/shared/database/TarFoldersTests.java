package vn.thidua.shared.database;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class TarFoldersTests {

	@TempDir
	Path target;

	@Test
	void aBackupIsReadableByItsOwnerOnly() throws IOException {
		TarFolders.extract(tar("base/", "base/1/PG_VERSION"), target, TarFolders.Access.OWNER_ONLY);

		assertThat(Files.readString(target.resolve("base/1/PG_VERSION"))).isEqualTo("base/1/PG_VERSION");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("base/1/PG_VERSION"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("base"))))
			.isEqualTo("rwx------");
	}

	@Test
	void theBundlesProgramsStayExecutable() throws IOException {
		TarFolders.extract(tar("bin/postgres"), target, TarFolders.Access.AS_ARCHIVED);

		assertThat(Files.isExecutable(target.resolve("bin/postgres"))).isTrue();
	}

	@Test
	void anEntryOutsideTheFolderIsRefusedAndNotWritten() {
		assertThatIOException()
			.isThrownBy(() -> TarFolders.extract(tar("../escaped"), target, TarFolders.Access.OWNER_ONLY))
			.withMessageContaining("outside");
		assertThat(target.resolveSibling("escaped")).doesNotExist();
	}

	private static TarArchiveInputStream tar(String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
			for (String name : names) {
				TarArchiveEntry entry = new TarArchiveEntry(name);
				byte[] content = name.endsWith("/") ? new byte[0] : name.getBytes(StandardCharsets.UTF_8);
				entry.setSize(content.length);
				entry.setMode(name.startsWith("bin/") ? 0100755 : 0100644);
				out.putArchiveEntry(entry);
				out.write(content);
				out.closeArchiveEntry();
			}
		}
		return new TarArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()));
	}

}

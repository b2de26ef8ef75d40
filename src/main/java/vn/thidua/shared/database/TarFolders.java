package vn.thidua.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks a tar stream into a folder, refusing entries that would land outside it. Used
 * for the PostgreSQL bundle and for restoring a backup.
 */
final class TarFolders {

	/** Who may read what is unpacked. */
	enum Access {

		/** As in the archive: executables stay executable (the bundle's programs). */
		AS_ARCHIVED,

		/** The owner only, as PostgreSQL demands of its data folder. */
		OWNER_ONLY

	}

	private TarFolders() {
	}

	static void extract(TarArchiveInputStream tar, Path target, Access access) throws IOException {
		TarArchiveEntry entry;
		while ((entry = tar.getNextEntry()) != null) {
			Path file = target.resolve(entry.getName()).normalize();
			if (!file.startsWith(target)) {
				throw new IOException("Archive entry outside target: " + entry.getName());
			}
			if (entry.isDirectory()) {
				Files.createDirectories(file);
				restrict(file, access, "rwx------");
			}
			else if (entry.isSymbolicLink() && access == Access.AS_ARCHIVED) {
				Files.createDirectories(file.getParent());
				Files.deleteIfExists(file);
				Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
			}
			else if (entry.isFile()) {
				Files.createDirectories(file.getParent());
				Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
				if (access == Access.AS_ARCHIVED && (entry.getMode() & 0100) != 0) {
					file.toFile().setExecutable(true, false);
				}
				restrict(file, access, "rw-------");
			}
		}
	}

	static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	static void ownerOnly(Path path, String permissions) throws IOException {
		if (posix(path)) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}

	private static void restrict(Path path, Access access, String permissions) throws IOException {
		if (access == Access.OWNER_ONLY) {
			ownerOnly(path, permissions);
		}
	}

}

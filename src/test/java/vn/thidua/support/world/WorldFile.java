package vn.thidua.support.world;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A scanned document of the test world's dossiers, as if uploaded: a one-page PDF.
 */
record WorldFile(String name) implements MultipartFile {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Override
	public String getName() {
		return "file";
	}

	@Override
	public String getOriginalFilename() {
		return name;
	}

	@Override
	public String getContentType() {
		return "application/pdf";
	}

	@Override
	public boolean isEmpty() {
		return false;
	}

	@Override
	public long getSize() {
		return PDF.length;
	}

	@Override
	public byte[] getBytes() {
		return PDF.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(PDF);
	}

	@Override
	public void transferTo(File dest) throws java.io.IOException {
		Files.write(dest.toPath(), PDF);
	}

}

package vn.thidua.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The national emblem (Quốc huy) drawn at the top centre of the certificates of awards
 * granted at the level of a province or above, as the model certificates show it. It is
 * read once, as a PNG, from {@code thidua.certificates.emblem} (by default
 * {@code classpath:certificates/quoc-huy.png}) and handed to the PDF as a data URI, since
 * the renderer loads nothing from outside. Without the file the certificates are printed
 * without the emblem and the log says so once, at start-up.
 */
@Component
class CertificateEmblem {

	private static final Logger log = LoggerFactory.getLogger(CertificateEmblem.class);

	private final @Nullable String dataUri;

	CertificateEmblem(@Value("${thidua.certificates.emblem:classpath:certificates/quoc-huy.png}") Resource emblem) {
		this.dataUri = read(emblem);
	}

	/**
	 * The emblem as a {@code data:image/png;base64,…} URI, or null when no file is set.
	 */
	@Nullable String dataUri() {
		return dataUri;
	}

	private static @Nullable String read(Resource emblem) {
		if (!emblem.exists()) {
			log.warn("No national emblem at {}: certificates are printed without it (see docs/certificates.md)",
					emblem.getDescription());
			return null;
		}
		try (InputStream in = emblem.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			if (bytes.length < 8 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
				log.warn("The national emblem at {} is not a PNG: certificates are printed without it",
						emblem.getDescription());
				return null;
			}
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
		}
		catch (IOException ex) {
			log.warn("The national emblem at {} could not be read: certificates are printed without it",
					emblem.getDescription(), ex);
			return null;
		}
	}

}

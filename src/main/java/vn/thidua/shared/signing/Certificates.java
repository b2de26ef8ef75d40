package vn.thidua.shared.signing;

import java.security.cert.X509Certificate;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Reading names out of certificates.
 */
final class Certificates {

	private Certificates() {
	}

	/**
	 * The subject's common name (CN), or the whole subject when it has none.
	 */
	static String commonName(X509Certificate certificate) {
		String subject = certificate.getSubjectX500Principal().getName();
		try {
			for (Rdn rdn : new LdapName(subject).getRdns()) {
				if (rdn.getType().equalsIgnoreCase("CN")) {
					return String.valueOf(rdn.getValue());
				}
			}
		}
		catch (InvalidNameException ex) {
			// fall back to the whole subject
		}
		return subject;
	}

}

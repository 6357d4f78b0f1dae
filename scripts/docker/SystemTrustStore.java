import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * Writes the operating system's CA bundle as the JDK's cacerts. Used by the Dockerfile's build stage only when
 * the JDK image has no usable cacerts (JDKs packaged by a distribution link it to /etc/ssl/certs/java/cacerts,
 * which a minimal image may lack); the official eclipse-temurin images ship one and skip this.
 * Run: java SystemTrustStore.java [PEM bundle] [cacerts]
 */
public class SystemTrustStore {

	public static void main(String[] args) throws Exception {
		Path bundle = Path.of((args.length > 0) ? args[0] : "/etc/ssl/certs/ca-certificates.crt");
		Path cacerts = Path.of((args.length > 1) ? args[1] : System.getProperty("java.home") + "/lib/security/cacerts");
		if (Files.isSymbolicLink(cacerts)) {
			cacerts = cacerts.resolveSibling(Files.readSymbolicLink(cacerts));
		}
		// Unencrypted certificates and no MAC, like the JDK's own cacerts: the JDK loads it with no password.
		System.setProperty("keystore.pkcs12.certProtectionAlgorithm", "NONE");
		System.setProperty("keystore.pkcs12.macAlgorithm", "NONE");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		int count = 0;
		try (InputStream in = new FileInputStream(bundle.toFile())) {
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				store.setCertificateEntry("ca-" + count++, certificate);
			}
		}
		Files.createDirectories(cacerts.getParent());
		try (OutputStream out = new FileOutputStream(cacerts.toFile())) {
			store.store(out, "changeit".toCharArray());
		}
		System.out.println("wrote " + count + " CA certificates from " + bundle + " to " + cacerts);
	}

}

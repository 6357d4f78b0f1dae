package io.github.taurusdbhtapmock.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no well-behaved client would (malformed request lines, invalid percent-encodings, oversized
 * headers) and reads the reply as it comes off the socket.
 */
public final class RawHttp {

	private RawHttp() {
	}

	public static Reply exchange(int port, String request) {
		return exchange(port, request.getBytes(StandardCharsets.UTF_8));
	}

	public static Reply exchange(int port, byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("raw exchange failed", ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toByteArray();
	}

	private static Reply parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int headerEnd = text.indexOf("\r\n\r\n");
		String[] lines = text.substring(0, (headerEnd >= 0) ? headerEnd : text.length()).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		String body = (headerEnd >= 0) ? text.substring(headerEnd + 4) : "";
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Reply(status, headers, body);
	}

	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int position = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", position);
			int size = Integer.parseInt(chunked.substring(position, lineEnd).trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			position = lineEnd + 2 + size + 2;
		}
	}

	/** A reply; header names are lower-cased. */
	public record Reply(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}

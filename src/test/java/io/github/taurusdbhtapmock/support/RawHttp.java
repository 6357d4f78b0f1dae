package io.github.taurusdbhtapmock.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no well-behaved client would (malformed request lines, invalid
 * percent-encodings, oversized headers) and reads the reply as it comes off the socket.
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

	/**
	 * A reply as read off the socket (a status line, headers, a plain or chunked body).
	 */
	public static Reply parse(byte[] raw) {
		int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
		if (headerEnd < 0) {
			throw new IllegalStateException("no complete reply: " + new String(raw, StandardCharsets.UTF_8));
		}
		String[] lines = new String(raw, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(raw, headerEnd + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	/** Chunk sizes count bytes, so the body is reassembled before it is decoded. */
	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int position = 0;
		while (true) {
			int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), position);
			int size = Integer
				.parseInt(new String(chunked, position, lineEnd - position, StandardCharsets.US_ASCII).trim(), 16);
			if (size == 0) {
				return body.toByteArray();
			}
			body.write(chunked, lineEnd + 2, size);
			position = lineEnd + 2 + size + 2;
		}
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		for (int i = from; i <= data.length - pattern.length; i++) {
			if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}

	/** A reply; header names are lower-cased. */
	public record Reply(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}

package io.github.taurusdbhtapmock.service.importtemplate;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import template pair over HTTP: an instance that exists gets the documented 501
 * refusal naming the operation, as a download and as a multipart upload; an unknown
 * instance gets the not-found every operation on an instance answers.
 */
class ImportTemplateApiTest extends EmulatorTest {

	private static final String PATH = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/htap/template";

	private static final String BOUNDARY = "----emulator-test";

	private static final String MULTIPART = "--" + BOUNDARY + "\r\n"
			+ "Content-Disposition: form-data; name=\"template_type\"\r\n\r\nreplication\r\n" + "--" + BOUNDARY + "\r\n"
			+ "Content-Disposition: form-data; name=\"file\"; filename=\"tables.xlsx\"\r\n"
			+ "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004\r\n" + "--" + BOUNDARY + "--\r\n";

	@Test
	void theDownloadIsRefusedAsNotImplementedNamingTheOperation() {
		String message = this.api.get(PATH + "?template_type=replication")
			.assertError(501, "EMULATOR.0501", "The emulator does not implement this operation.")
			.json()
			.get("error_msg")
			.asString();

		assertThat(message).contains("DownloadImportExcelTemplate").contains("decision 43");
	}

	@Test
	void theMultipartUploadIsRefusedAsNotImplementedNamingTheOperation() {
		String message = this.api.withHeader("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.post(PATH, MULTIPART)
			.assertError(501, "EMULATOR.0501", "The emulator does not implement this operation.")
			.json()
			.get("error_msg")
			.asString();

		assertThat(message).contains("UploadImportExcelTemplate");
	}

	@Test
	void theRefusalIsInChineseWhenAskedFor() {
		String message = this.api.withHeader("X-Language", "zh-cn")
			.get(PATH)
			.assertError(501, "EMULATOR.0501", "模拟器未实现此操作。")
			.json()
			.get("error_msg")
			.asString();

		assertThat(message).contains("DownloadImportExcelTemplate");
	}

	@Test
	void anUnknownInstanceIsNotFoundFirst() {
		String unknown = PATH.replace(ApiClient.INSTANCE, "00000000000000000000000000000000in17");

		this.api.get(unknown).assertError(400, "DBS.200022", "Instance not found.");
		this.api.post(unknown, "{}").assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void theRefusalIsJournaledUnderTheOperationsName() {
		this.api.get(PATH);

		String journal = this.api.get("/_emulator/requests?operation=DownloadImportExcelTemplate&limit=1")
			.assertOk()
			.body();
		assertThat(journal).contains("\"status\":501");
	}

}

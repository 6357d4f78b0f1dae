// Swagger UI of taurusdb-htap-mock, served in place of the webjar's own initializer (platform/apidoc): the
// emulator's OpenAPI document, "Try it out" on and operation ids (the SDK's operation names) shown. No online
// validator: the document stays on this machine.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/_emulator/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [
      SwaggerUIBundle.presets.apis,
      SwaggerUIStandalonePreset
    ],
    plugins: [
      SwaggerUIBundle.plugins.DownloadUrl
    ],
    layout: "StandaloneLayout",
    tryItOutEnabled: true,
    displayOperationId: true,
    validatorUrl: ""
  });
};

package vn.thidua.shared.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat refuses some malformed requests itself, before the application sees them (an
 * encoded NUL, slash or backslash in the path): they get a plain Vietnamese page, with
 * English below, instead of Tomcat's English status page. Everything the application
 * answers keeps its own error pages.
 */
public class ServerErrorReport extends ErrorReportValve {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="vi"><head><meta charset="utf-8"><title>%1$s · Thi Đua</title></head>
			<body><main><h1>%1$s</h1><p>%2$s</p><p lang="en">%3$s</p><p><a href="/">Về trang chủ</a></p></main></body>
			</html>
			""";

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is unusable; nothing more to tell it
		}
	}

	static String page(int status) {
		if (status == 400) {
			return PAGE.formatted("Yêu cầu không hợp lệ",
					"Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng nên không được xử lý; không có gì thay đổi.",
					"Bad request: the address or the submitted data is malformed and was not processed.");
		}
		return PAGE.formatted("Không xử lý được yêu cầu (" + status + ")",
				"Máy chủ không xử lý được yêu cầu này; không có gì thay đổi.",
				"The server could not process this request; nothing changed.");
	}

	/**
	 * Puts the report in place of the host's (Spring Boot adds one of its own to hide the
	 * server's details), after Spring Boot's customizers have run.
	 */
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				Pipeline pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ServerErrorReport());
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ServerErrorReport.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

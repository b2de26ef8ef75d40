package vn.thidua;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ThiDuaApplication {

	static {
		// Instants are stored in UTC; every page, export and document shows them in
		// Vietnam's time, whatever zone the machine is set to.
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
	}

	public static void main(String[] args) {
		SpringApplication.run(ThiDuaApplication.class, args);
	}

}

package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ThiDuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThiDuaApplication.class, args);
	}

}

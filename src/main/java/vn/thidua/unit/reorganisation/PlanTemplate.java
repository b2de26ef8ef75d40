package vn.thidua.unit.reorganisation;

import java.nio.charset.StandardCharsets;

/**
 * The plan sheet's template: its headers and one example row of each operation, as a
 * UTF-8 .csv that Excel opens with its diacritics.
 */
public final class PlanTemplate {

	private PlanTemplate() {
	}

	public static byte[] csv() {
		String text = "\uFEFF" + String.join(",", PlanSheet.HEADERS) + "\r\n"
				+ "Hợp nhất,\"TINH-A; TINH-B\",TINH-MOI,Tỉnh Mới,Tỉnh,VN,86,chuyển\r\n"
				+ "Hợp nhất,\"XA-1; XA-2; XA-3\",XA-MOI,Xã Mới,Xã,TINH-MOI,29710,chuyển\r\n"
				+ "Sáp nhập,XA-4,XA-MOI,,,,,chuyển\r\n" + "Chia tách,XA-5,XA-5A,Xã Năm A,Xã,TINH-MOI,,chuyển\r\n"
				+ "Chia tách,XA-5,XA-5B,Xã Năm B,Xã,TINH-MOI,,chuyển\r\n" + "Giải thể,HUYEN-1,TINH-MOI,,,,,khóa\r\n"
				+ "Đổi tên,XA-6,XA-6,Phường Sáu,Xã,,,chuyển\r\n" + "Chuyển cấp trên,SO-1,SO-1,,,TINH-MOI,,chuyển\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

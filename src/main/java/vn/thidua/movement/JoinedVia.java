package vn.thidua.movement;

public enum JoinedVia {

	/** Chosen by the movement's officer, one by one or a whole subtree. */
	ASSIGNED,

	/** Registered itself while registration was open (đăng ký thi đua). */
	REGISTERED

}

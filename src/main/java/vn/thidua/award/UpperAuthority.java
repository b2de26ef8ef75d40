package vn.thidua.award;

/**
 * An authority above the organisation tree that decides some awards: the Prime Minister
 * (Bằng khen của Thủ tướng, Cờ thi đua của Chính phủ, Chiến sĩ thi đua toàn quốc) or the
 * President (orders and medals). A province proposes these upward; it never decides them.
 */
public enum UpperAuthority {

	PRIME_MINISTER, PRESIDENT

}

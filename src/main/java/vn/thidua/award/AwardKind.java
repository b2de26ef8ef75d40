package vn.thidua.award;

/**
 * Công trạng, đột xuất, theo phong trào/chuyên đề, cống hiến, niên hạn, đối ngoại.
 */
public enum AwardKind {

	MERIT, SUDDEN, MOVEMENT, DEDICATION, SENIORITY, FOREIGN

}

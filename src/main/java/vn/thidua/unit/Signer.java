package vn.thidua.unit;

/**
 * Someone who signs a unit's documents: a title ("Chủ tịch", "Phó Giám đốc") and a name.
 */
public record Signer(String title, String name) {

}

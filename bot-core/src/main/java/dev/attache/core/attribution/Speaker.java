package dev.attache.core.attribution;

/**
 * A person (or an anonymous source) to whom words are attributed, as the article introduces them.
 * Unknown role or organization are empty strings.
 */
public record Speaker(String name, String role, String organization) {

    public Speaker {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
        organization = organization == null ? "" : organization.strip();
    }

    /** "Name, role at Organization", or as much of it as is known. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name);
        if (!role.isEmpty()) {
            sb.append(", ").append(role);
        }
        if (!organization.isEmpty()) {
            sb.append(role.isEmpty() ? ", " : " at ").append(organization);
        }
        return sb.toString();
    }
}

package dev.arbiter.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** An image a version's statement shows (a PNG, JPEG, GIF or SVG from its package), served beside the statement. */
@Entity
@Table(name = "statement_image")
public class StatementImage extends PanacheEntity {

    @Column(name = "version_id")
    public Long versionId;
    public String name;
    @Column(name = "content_type")
    public String contentType;
    public byte[] bytes;

    public static Optional<StatementImage> of(Long versionId, String name) {
        return find("versionId = ?1 and name = ?2", versionId, name).firstResultOptional();
    }

    /** The names of the version's images, without reading their bytes. */
    public static List<String> namesOf(Long versionId) {
        if (versionId == null) return List.of();
        return getEntityManager().createQuery("select i.name from StatementImage i where i.versionId = ?1 order by i.name", String.class)
                .setParameter(1, versionId).getResultList();
    }
}

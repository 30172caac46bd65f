package dev.arbiter.interview.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** An interviewer's timestamped note on a session; private to interviewers. */
@Entity
@Table(name = "interview_note")
public class Note extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "interview_id")
    public long interviewId;
    @Column(name = "author_id")
    public long authorId;
    public Instant at;
    public String text;

    public static List<Note> of(long interviewId) {
        return list("interviewId", Sort.by("at").and("id"), interviewId);
    }
}

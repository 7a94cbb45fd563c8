-- The findings feed (GET /api/findings/changes) lists documents whose findings set was replaced, in the order of
-- findings_changed_at. It lives on documents, not on the findings rows, because a re-validation that finds nothing
-- leaves no finding row to carry the time.
alter table documents add column findings_changed_at timestamptz;

-- EventRecorder moves validated_at forward exactly when it replaces a document's findings. now() is the start of that
-- transaction: the feed serves only changes older than the oldest open transaction, so late commits are never skipped.
create function documents_mark_findings_changed() returns trigger language plpgsql as $$
begin
    if new.validated_at is distinct from (case when tg_op = 'UPDATE' then old.validated_at end) then
        new.findings_changed_at := now();
    end if;
    return new;
end
$$;

create trigger documents_findings_changed
    before insert or update of validated_at on documents
    for each row execute function documents_mark_findings_changed();

update documents d
set findings_changed_at = coalesce((select max(f.created_at) from findings f where f.document_id = d.document_id),
                                   d.validated_at)
where d.validated_at is not null;

create index documents_findings_changed_idx on documents (findings_changed_at, document_id)
    where findings_changed_at is not null;

"""The organisation store on PostgreSQL: shared by a whole organisation, rights per location."""

-- Tablesmith migration V20261202140731__initial_schema (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- --------------------------------------------
-- Table: authors
-- Description: A person who wrote books the library holds
-- --------------------------------------------
CREATE TABLE authors (
    -- authors: A person who wrote books the library holds
    -- created_at: When the row was inserted
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- updated_at: When the row was last changed; the database keeps it current for every writer
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- id: Surrogate key
    id INTEGER,
    -- name: The name as printed on the cover
    name VARCHAR(200) NOT NULL,
    -- born_in: Year of birth, when known
    born_in INTEGER,
    CONSTRAINT authors_pkey PRIMARY KEY (id),
    CONSTRAINT authors_name_not_blank CHECK (trim(name) <> '')
);

-- Triggers
CREATE TRIGGER update_authors_updated_at
    AFTER UPDATE ON authors
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE authors SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;

-- --------------------------------------------
-- Table: books
-- Description: One copy of a title on the shelves
-- --------------------------------------------
CREATE TABLE books (
    -- books: One copy of a title on the shelves
    -- created_at: When the row was inserted
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- updated_at: When the row was last changed; the database keeps it current for every writer
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- id: Surrogate key
    id INTEGER,
    -- isbn: ISBN-13 without hyphens; two copies of one title share it, so it is not unique
    isbn VARCHAR(13) NOT NULL,
    -- title: The title as printed
    title VARCHAR(300) NOT NULL,
    -- author_id: Who wrote it; an author with books cannot be deleted
    author_id BIGINT NOT NULL,
    -- price: What the library paid, charged when the copy is lost
    price NUMERIC(10, 2) NOT NULL,
    -- status: Where the copy is
    status VARCHAR(20) NOT NULL,
    CONSTRAINT books_pkey PRIMARY KEY (id),
    CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE RESTRICT,
    CONSTRAINT books_price_non_negative CHECK (price >= 0),
    CONSTRAINT books_status_valid CHECK (status IN ('AVAILABLE', 'ON_LOAN', 'LOST'))
);

-- Indexes
-- idx_books_status_created_at: the catalogue lists available books, newest first
CREATE INDEX idx_books_status_created_at ON books (status, created_at DESC);
-- idx_books_author_id: supports foreign key books_author_id_fkey
CREATE INDEX idx_books_author_id ON books (author_id);

-- Triggers
CREATE TRIGGER update_books_updated_at
    AFTER UPDATE ON books
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE books SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;

-- --------------------------------------------
-- Table: members
-- Description: Someone who may borrow books
-- --------------------------------------------
CREATE TABLE members (
    -- members: Someone who may borrow books
    -- created_at: When the row was inserted
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- updated_at: When the row was last changed; the database keeps it current for every writer
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- id: Surrogate key
    id INTEGER,
    -- email: Where reminders go; one membership per address
    email VARCHAR(254) NOT NULL,
    -- name: Full name
    name VARCHAR(200) NOT NULL,
    CONSTRAINT members_pkey PRIMARY KEY (id),
    CONSTRAINT members_email_unique UNIQUE (email),
    CONSTRAINT members_email_not_blank CHECK (trim(email) <> ''),
    CONSTRAINT members_name_not_blank CHECK (trim(name) <> '')
);

-- Triggers
CREATE TRIGGER update_members_updated_at
    AFTER UPDATE ON members
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE members SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;

-- --------------------------------------------
-- Table: loans
-- Description: A book lent to a member; kept after the return as the lending history
-- --------------------------------------------
CREATE TABLE loans (
    -- loans: A book lent to a member; kept after the return as the lending history
    -- created_at: When the row was inserted
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- updated_at: When the row was last changed; the database keeps it current for every writer
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    -- id: Surrogate key
    id INTEGER,
    -- book_id: The copy lent; its history goes with it
    book_id BIGINT NOT NULL,
    -- member_id: The borrower; their history goes with them
    member_id BIGINT NOT NULL,
    -- loaned_at: When the book left the library
    loaned_at TIMESTAMP NOT NULL,
    -- due_on: The last day to bring it back
    due_on DATE NOT NULL,
    -- returned_at: When it came back; null while on loan
    returned_at TIMESTAMP,
    CONSTRAINT loans_pkey PRIMARY KEY (id),
    CONSTRAINT loans_book_id_fkey FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE,
    CONSTRAINT loans_member_id_fkey FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT loans_returned_after_loaned CHECK (returned_at IS NULL OR returned_at >= loaned_at)
);

-- Indexes
-- idx_loans_member_id_due_on: a member's loans by due date, for reminders
CREATE INDEX idx_loans_member_id_due_on ON loans (member_id, due_on);
-- idx_loans_book_id: supports foreign key loans_book_id_fkey
CREATE INDEX idx_loans_book_id ON loans (book_id);

-- Triggers
CREATE TRIGGER update_loans_updated_at
    AFTER UPDATE ON loans
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE loans SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;

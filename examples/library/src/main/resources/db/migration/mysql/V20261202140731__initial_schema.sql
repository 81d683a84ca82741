-- Tablesmith migration V20261202140731__initial_schema (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- --------------------------------------------
-- Table: authors
-- Description: A person who wrote books the library holds
-- --------------------------------------------
CREATE TABLE authors (
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When the row was inserted',
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6) COMMENT 'When the row was last changed; the database keeps it current for every writer',
    id BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Surrogate key',
    name VARCHAR(200) NOT NULL COMMENT 'The name as printed on the cover',
    born_in INT NULL COMMENT 'Year of birth, when known',
    PRIMARY KEY (id),
    CONSTRAINT authors_name_not_blank CHECK (trim(name) <> '')
) ENGINE=InnoDB COMMENT='A person who wrote books the library holds';

-- --------------------------------------------
-- Table: books
-- Description: One copy of a title on the shelves
-- --------------------------------------------
CREATE TABLE books (
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When the row was inserted',
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6) COMMENT 'When the row was last changed; the database keeps it current for every writer',
    id BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Surrogate key',
    isbn VARCHAR(13) NOT NULL COMMENT 'ISBN-13 without hyphens; two copies of one title share it, so it is not unique',
    title VARCHAR(300) NOT NULL COMMENT 'The title as printed',
    author_id BIGINT NOT NULL COMMENT 'Who wrote it; an author with books cannot be deleted',
    price DECIMAL(10, 2) NOT NULL COMMENT 'What the library paid, charged when the copy is lost',
    status VARCHAR(20) NOT NULL COMMENT 'Where the copy is',
    PRIMARY KEY (id),
    INDEX idx_books_status_created_at (status, created_at DESC) COMMENT 'the catalogue lists available books, newest first',
    INDEX idx_books_author_id (author_id) COMMENT 'supports foreign key books_author_id_fkey',
    CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE RESTRICT,
    CONSTRAINT books_price_non_negative CHECK (price >= 0),
    CONSTRAINT books_status_valid CHECK (status IN ('AVAILABLE', 'ON_LOAN', 'LOST'))
) ENGINE=InnoDB COMMENT='One copy of a title on the shelves';

-- --------------------------------------------
-- Table: members
-- Description: Someone who may borrow books
-- --------------------------------------------
CREATE TABLE members (
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When the row was inserted',
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6) COMMENT 'When the row was last changed; the database keeps it current for every writer',
    id BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Surrogate key',
    email VARCHAR(254) NOT NULL COMMENT 'Where reminders go; one membership per address',
    name VARCHAR(200) NOT NULL COMMENT 'Full name',
    PRIMARY KEY (id),
    CONSTRAINT members_email_unique UNIQUE (email),
    CONSTRAINT members_email_not_blank CHECK (trim(email) <> ''),
    CONSTRAINT members_name_not_blank CHECK (trim(name) <> '')
) ENGINE=InnoDB COMMENT='Someone who may borrow books';

-- --------------------------------------------
-- Table: loans
-- Description: A book lent to a member; kept after the return as the lending history
-- --------------------------------------------
CREATE TABLE loans (
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When the row was inserted',
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6) COMMENT 'When the row was last changed; the database keeps it current for every writer',
    id BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Surrogate key',
    book_id BIGINT NOT NULL COMMENT 'The copy lent; its history goes with it',
    member_id BIGINT NOT NULL COMMENT 'The borrower; their history goes with them',
    loaned_at DATETIME(6) NOT NULL COMMENT 'When the book left the library',
    due_on DATE NOT NULL COMMENT 'The last day to bring it back',
    returned_at DATETIME(6) NULL COMMENT 'When it came back; null while on loan',
    PRIMARY KEY (id),
    INDEX idx_loans_member_id_due_on (member_id, due_on) COMMENT 'a member''s loans by due date, for reminders',
    INDEX idx_loans_book_id (book_id) COMMENT 'supports foreign key loans_book_id_fkey',
    CONSTRAINT loans_book_id_fkey FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE,
    CONSTRAINT loans_member_id_fkey FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT loans_returned_after_loaned CHECK (returned_at IS NULL OR returned_at >= loaned_at)
) ENGINE=InnoDB COMMENT='A book lent to a member; kept after the return as the lending history';

-- Quantity searches (排水 3000方) read specs by dimension and value range: index them, for listings and demand items.
CREATE INDEX `listing_specs_dimension_idx` ON `listing_specs` (`dimension`,`canonical_value`);--> statement-breakpoint
CREATE INDEX `constraints_dimension_idx` ON `constraints` (`owner_kind`,`dimension`,`canonical_value`);
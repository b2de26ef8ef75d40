package vn.thidua.award;

import org.springframework.data.jpa.repository.JpaRepository;

interface Merges extends JpaRepository<PersonMerge, Long> {

}

package vn.thidua.award;

import org.springframework.data.jpa.repository.JpaRepository;

interface People extends JpaRepository<Person, Long> {

}

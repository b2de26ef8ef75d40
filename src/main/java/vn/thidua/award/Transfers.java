package vn.thidua.award;

import org.springframework.data.jpa.repository.JpaRepository;

interface Transfers extends JpaRepository<PersonTransfer, Long> {

}

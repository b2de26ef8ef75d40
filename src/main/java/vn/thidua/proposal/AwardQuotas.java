package vn.thidua.proposal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardQuotas extends JpaRepository<AwardQuota, Long> {

}

package vn.thidua.unit;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every transaction of the application passes the {@link WriteGate}; only Spring
 * Session's bookkeeping of sign-ins does not, so that page views go on while a plan is
 * applied and a session is still saved after a refused write.
 */
@Configuration(proxyBeanMethods = false)
class WriteGateConfiguration {

	@Bean
	@Primary
	JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		JpaTransactionManager manager = new GatedTransactionManager();
		customizers.ifAvailable(each -> each.customize(manager));
		return manager;
	}

	@Bean
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

}

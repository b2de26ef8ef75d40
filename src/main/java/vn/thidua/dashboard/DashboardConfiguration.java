package vn.thidua.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the daily reminder job ({@code thidua.reminders.cron}; "-" turns it off).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DashboardConfiguration {

}
